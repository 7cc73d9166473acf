/** The options/about page: what the extension does with the page (nothing leaves the browser) and data attributions. */
import type { Attribution } from '../lib/attributions';
import type { DataStatus } from '../lib/protocol';
import { formatDate } from '../lib/card';

export function About({ attributions, data }: { attributions: Attribution[]; data: DataStatus | null }) {
  return (
    <main class="about">
      <h1>NewsContext</h1>
      <p>
        NewsContext reads the article in the tab you are looking at, inside your browser, and highlights the people,
        organisations, places and events it knows about. Nothing you read is sent anywhere: there are no network
        requests, no accounts and no analytics. The background facts come from a dataset bundled with the extension.
      </p>
      <h2>Dataset</h2>
      {data?.state === 'ready' ? (
        <p class="data">
          {data.entities.toLocaleString('en')} entities, newest fact as of {formatDate(data.asOf)} (version {data.version}).{' '}
          {data.storage === 'indexeddb' ? 'Cached offline in IndexedDB.' : `Served from memory: ${data.note ?? ''}`}
        </p>
      ) : data?.state === 'error' ? (
        <p class="data error">The dataset could not be loaded: {data.error}</p>
      ) : (
        <p class="data">Loading…</p>
      )}
      <p>Every fact on a card names its source and the date the source stated it. Facts change: check the source for anything that matters.</p>
      <h2>Sources and licences</h2>
      <ul class="sources">
        {attributions.map((a) => (
          <li key={a.name}>
            <strong>{a.name}</strong> — {a.use}. <em>{a.license}.</em>{' '}
            <a href={a.url} target="_blank" rel="noopener noreferrer">
              {a.url}
            </a>
            {a.notice && <div class="notice">{a.notice}</div>}
          </li>
        ))}
      </ul>
    </main>
  );
}
