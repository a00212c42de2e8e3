import { impliedUsdPerEur, selectFigureCards } from '../../data/selectors';
import type { Dataset } from '../../data/schema';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { FigureCard } from './FigureCard';
import { figureValue } from './figureValue';
import './FiguresSection.css';

export function FiguresSection({ dataset }: { dataset: Dataset }) {
  // Not the currency: each card carries both, and CSS shows the chosen one (see FigureCard).
  const { lang } = useSettings();
  const t = useT();
  const usdPerEur = impliedUsdPerEur(dataset);
  const { headline, context } = selectFigureCards(dataset);
  const card = (size: 'headline' | 'context') =>
    function render(figure: Dataset['figures'][number]) {
      return (
        <li key={figure.id}>
          <FigureCard
            figure={figure}
            values={{
              EUR: figureValue(figure, { lang, currency: 'EUR', usdPerEur, t }),
              USD: figureValue(figure, { lang, currency: 'USD', usdPerEur, t }),
            }}
            lang={lang}
            t={t}
            size={size}
          />
        </li>
      );
    };
  return (
    <section className="section" aria-labelledby="figures-heading" id="figures">
      <h2 id="figures-heading">{t('figures.heading')}</h2>
      <p className="section-intro">{t('figures.intro')}</p>
      <ul className="figure-grid">{headline.map(card('headline'))}</ul>
      <ul className="figure-grid figure-grid-context">{context.map(card('context'))}</ul>
    </section>
  );
}
