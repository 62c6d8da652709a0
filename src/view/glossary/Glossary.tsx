/** The glossary on the page: what buyers, retention, CAC, ROMI, ROMI with equity, LTV and the rest mean. */
import { GLOSSARY } from '../../i18n/glossary-strings';
import { useApp } from '../store-context';
import './glossary.css';

export function Glossary() {
  const lang = useApp((s) => s.lang);
  const { title, entries } = GLOSSARY[lang];
  return (
    <details className="glossary" data-testid="glossary">
      <summary>{title}</summary>
      <dl>
        {entries.map((e) => (
          <div key={e.term} className="glossary-entry">
            <dt>{e.term}</dt>
            <dd>{e.meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
