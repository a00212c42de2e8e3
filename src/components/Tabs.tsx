import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useInView } from '../lib/useInView';
import './Tabs.css';

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
  panel: ReactNode;
  /**
   * Whether the panel itself is a Tab stop: yes when it does not open with something focusable
   * (a table, text), so Tab from its tab reaches it (WAI-ARIA tabs practice); no when it does
   * (a chart), which would otherwise be two stops.
   */
  panelFocusable?: boolean;
  /**
   * Whether the panel keeps its room while another tab shows (a chart's drawing): the others show
   * over it, so choosing a tab moves nothing below the panels (Tabs.css).
   */
  keepsPlace?: boolean;
  /**
   * Whether the panel, while hidden, is laid out ahead in the frame after the tabs come into view
   * (a chart's table): a tap then only shows it (Tabs.css).
   */
  layOutAhead?: boolean;
}

interface Props<Id extends string> {
  label: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}

/**
 * Tabs as in the WAI-ARIA practices: one tab stop, arrows/Home/End move and select (automatic
 * activation, since panels are cheap to show). Hidden panels stay in the DOM so the prerendered
 * page carries every table and source.
 */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect }: Props<Id>) {
  const base = useId();
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const root = useRef<HTMLDivElement>(null);
  // Panels marked layOutAhead are laid out, hidden, in the frame after the tabs come into view,
  // not in the one that brings them (Tabs.css).
  const ahead = useInView(root, '0px', false);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = tabs.findIndex((t) => t.id === selected);
    const last = tabs.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = tabs[next[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    refs.current.get(target.id)?.focus();
  }

  return (
    <div ref={root} className="tabs">
      <div role="tablist" aria-label={label} className="tabs-list">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            // Read back by the app when it wakes: a tab chosen before it (answerBeforeApp) is kept.
            data-tab={tab.id}
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tabs-tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          tabIndex={tab.panelFocusable ? 0 : undefined}
          className={
            tab.keepsPlace
              ? 'tabs-panel tabs-panel-keeps-place'
              : ahead && tab.layOutAhead
                ? 'tabs-panel tabs-panel-ahead'
                : 'tabs-panel'
          }
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
