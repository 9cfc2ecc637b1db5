import { sitePaths } from '#shared/site/urls.ts';
import { gazetteLabels as text } from '../../i18n.ts';

/** Links to each year's issues, newest year first; the year being shown is marked as the current page. */
export function YearLinks({ years, current }: { years: number[]; current?: number | undefined }) {
  const newestFirst = [...new Set(years)].sort((a, b) => b - a);
  if (newestFirst.length === 0) return null;
  return (
    <nav class="year-links" aria-labelledby="gazette-years">
      <h2 id="gazette-years">{text.byYear}</h2>
      <ul>
        {newestFirst.map((year) => (
          <li>
            <a href={sitePaths.gazetteYear(year)} aria-current={year === current ? 'page' : undefined}>
              {text.yearLink(year)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
