import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './Disclosure.css';

interface Props {
  /** What the control says while closed ("Show 2023: 120 events")… */
  show: string;
  /** …and once open ("Hide 2023: 120 events"). */
  hide: string;
  className?: string;
  children: ReactNode;
}

/**
 * A long list's closed part: a `<details>` whose control says what opening it shows, and then
 * what closing it hides. What it holds stays in the page, so find-in-page opens it where it
 * finds a word inside, and without scripts it still opens.
 */
export function Disclosure({ show, hide, className = '', children }: Props) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  // Opened before the app woke here (a tap, or find-in-page), it says so once it has.
  useLayoutEffect(() => setOpen(ref.current?.open ?? false), []);
  return (
    <details
      ref={ref}
      className={`disclosure ${className}`.trim()}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{open ? hide : show}</summary>
      {children}
    </details>
  );
}
