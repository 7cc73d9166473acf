/**
 * The card's host: one custom element on <html> (not <body>, so no page selector or layout sees it), an open shadow
 * root that isolates its styles, positioned with floating-ui against the mention's rectangle.
 */
import { render } from 'preact';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { HoverCard, type HoverCardProps } from '../../components/HoverCard';
import cardCss from '../../components/hover-card.css?inline';

export const CARD_TAG = 'newscontext-card';

export interface CardHost {
  show(props: Omit<HoverCardProps, 'onClose'>, anchor: () => DOMRect): void;
  hide(): void;
  isOpen(): boolean;
  contains(node: Node | null): boolean;
  /** the element pointer events arrive on */
  element(): HTMLElement | null;
  destroy(): void;
}

export function createCardHost(doc: Document, onClose: () => void, onEnter: () => void, onLeave: () => void): CardHost {
  // A previous copy of the extension (before an update or reload) may have left its card behind without getting
  // the chance to remove it (Firefox unloads old content scripts without notice): take it away.
  for (const stale of Array.from(doc.querySelectorAll(CARD_TAG))) stale.remove();
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let open = false;
  let generation = 0;

  const ensure = () => {
    if (host && host.isConnected) return;
    host = doc.createElement(CARD_TAG);
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:none;width:max-content;max-width:100vw;';
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    mount = doc.createElement('div');
    root.append(style, mount);
    host.addEventListener('pointerenter', onEnter);
    host.addEventListener('pointerleave', onLeave);
    doc.documentElement.append(host);
  };

  return {
    show(props, anchor) {
      ensure();
      render(<HoverCard {...props} onClose={onClose} />, mount!);
      host!.style.display = 'block';
      open = true;
      const g = ++generation;
      const reference = { getBoundingClientRect: anchor };
      void computePosition(reference, host!, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        if (g !== generation || !host) return;
        host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    },
    hide() {
      generation++;
      open = false;
      if (host) host.style.display = 'none';
    },
    isOpen: () => open,
    contains: (node) => !!node && !!host && (node === host || host.contains(node) || host.shadowRoot!.contains(node)),
    element: () => host,
    destroy() {
      generation++;
      open = false;
      if (mount) render(null, mount);
      host?.remove();
      host = null;
      mount = null;
    },
  };
}
