import { LANG_PREFIX, useSite } from '../lib/BaseContext';
import { LANGS, type Lang } from '../lib/locale';
import { useHydrated } from '../lib/useHydrated';
import { useSettings } from '../lib/useSettings';
import { queryString } from '../lib/urlOptions';
import { useT } from '../lib/useT';
import './LanguageSwitch.css';

/** Each language's name in itself, as switches conventionally show them. */
const NAMES: Record<Lang, string> = { en: 'English', de: 'Deutsch' };

/**
 * English | Deutsch on every view. On the site each language is its own prerendered page, so
 * the switch is a link (keeping the query, so currency, tab and slide stay); in the offline file
 * it switches in place.
 */
export function LanguageSwitch({ landmark = true }: { landmark?: boolean }) {
  const { base, hashRoutes, path } = useSite();
  const { lang, setOption } = useSettings();
  const t = useT();
  const hydrated = useHydrated();
  // In an embed it is a plain group: a chart on someone else's page adds no landmark to theirs.
  const Wrapper = landmark ? 'nav' : 'div';

  function href(target: Lang): string {
    const params = new URLSearchParams(hydrated ? window.location.search : '');
    params.delete('lang');
    return `${base}${LANG_PREFIX[target]}${path}${queryString(params)}`;
  }

  return (
    <Wrapper
      className="lang-switch"
      aria-label={t('controls.language')}
      role={landmark ? undefined : 'group'}
    >
      {LANGS.map((target) =>
        target === lang ? (
          <span key={target} lang={target} aria-current="page" className="lang-current">
            {NAMES[target]}
          </span>
        ) : hashRoutes ? (
          <button
            key={target}
            type="button"
            lang={target}
            className="lang-link"
            onClick={() => setOption('lang', target)}
          >
            {NAMES[target]}
          </button>
        ) : (
          <a key={target} lang={target} hrefLang={target} className="lang-link" href={href(target)}>
            {NAMES[target]}
          </a>
        ),
      )}
    </Wrapper>
  );
}
