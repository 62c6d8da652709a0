/** The glossary on the page: what buyers, retention, CAC, ROMI, ROMI with equity, LTV and the rest mean. */
import { GLOSSARY, glossaryMeaning } from '../../i18n/glossary-strings';
import { formatMoney } from '../../i18n/format';
import { CURRENCY_UNIT } from '../../i18n/strings';
import { useApp } from '../store-context';
import { ColumnGuide } from '../export/ColumnGuide';
import './glossary.css';

export function Glossary() {
  const lang = useApp((s) => s.lang);
  const currency = useApp((s) => s.currency);
  const { title, entries } = GLOSSARY[lang];
  // money in the scenario's currency: "each extra dollar", «каждый дополнительный рубль»
  const meaning = (text: string) =>
    glossaryMeaning(text, CURRENCY_UNIT[lang][currency], formatMoney(1, lang, currency));
  return (
    <>
      <details className="glossary" data-testid="glossary">
        <summary>{title}</summary>
        <dl>
          {entries.map((e) => (
            <div key={e.term} className="glossary-entry">
              <dt>{e.term}</dt>
              <dd>{meaning(e.meaning)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ColumnGuide />
    </>
  );
}
