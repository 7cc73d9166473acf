/** The card shown on hover or keyboard focus. Everything is rendered as text; links are the fact sources. */
import type { CardModel } from '../lib/card';
import { formatDate } from '../lib/card';

export interface HoverCardProps {
  model: CardModel | null;
  /** shown while the entity is fetched from the background */
  loadingName?: string;
  error?: string;
  mentions?: number;
  onClose(): void;
}

export function HoverCard({ model, loadingName, error, mentions, onClose }: HoverCardProps) {
  if (!model) {
    return (
      <div class="card" role="dialog" aria-label={loadingName ?? 'Entity'} aria-busy={!error}>
        <div class="name">{loadingName}</div>
        <p class="description">{error ?? 'Loading…'}</p>
      </div>
    );
  }
  return (
    <div class="card" role="dialog" aria-label={model.name}>
      <header>
        <div class="name">{model.name}</div>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div class="type">
        {model.typeLabel}
        {model.subtitle ? ` · ${model.subtitle}` : ''}
      </div>
      <p class="description">{model.description}</p>
      {model.facts.length > 0 && (
        <ul class="facts">
          {model.facts.map((f, i) => (
            <li class={`fact${f.outOfDate ? ' out-of-date' : ''}`} key={i}>
              <span class="fact-label">{f.label}</span>
              <span class="fact-value">{f.value}</span>
              {f.when && <span class="fact-when"> ({f.when})</span>}
              <span class="fact-meta">
                <span class="fact-asof">as of {formatDate(f.asOf)}</span>
                {' · '}
                <a class="fact-source" href={f.source} target="_blank" rel="noopener noreferrer">
                  {f.sourceHost}
                </a>
              </span>
            </li>
          ))}
        </ul>
      )}
      <footer>
        {mentions !== undefined && <span class="mentions">{mentions === 1 ? '1 mention' : `${mentions} mentions`} on this page</span>}
        {model.wikipedia && (
          <a class="wikipedia" href={model.wikipedia} target="_blank" rel="noopener noreferrer">
            Wikipedia
          </a>
        )}
      </footer>
    </div>
  );
}
