import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Panel, type PanelCard, type PanelProps, type Shortcut } from '../../components/Panel';
import '../../components/panel.css';
import '../../components/hover-card.css';
import { buildCard } from '../../lib/card';
import { sendToBackground, sendToTab, type DataStatus, type SearchHit } from '../../lib/protocol';
import { isSiteEnabled, readSettings, setSiteEnabled, settingsFromChange, siteOf, suppressedOn, type CardTheme, type Settings } from '../../lib/settings';

/** The tab the panel is about: `?tab=<id>`, `?url=<page url>` (tests, and a panel opened in a tab), or the active tab. */
async function resolveTab(): Promise<{ id: number; url: string } | null> {
  const params = new URLSearchParams(location.search);
  const tabParam = params.get('tab');
  if (tabParam && /^\d+$/.test(tabParam)) {
    const tab = await browser.tabs.get(Number(tabParam)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  }
  const urlParam = params.get('url');
  const tabs = urlParam ? await browser.tabs.query({}) : await browser.tabs.query({ active: true, currentWindow: true });
  const tab = urlParam ? tabs.find((t) => t.url === urlParam) : tabs[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

/** The browser's page for extension keyboard shortcuts. */
function openShortcutSettings() {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

function App() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [page, setPage] = useState<PanelProps['page']>(null);
  const [data, setData] = useState<DataStatus | null>(null);
  const [siteEnabled, setSiteEnabledState] = useState<boolean | null>(null);
  const [scannedAnyway, setScannedAnyway] = useState(false);
  const [descriptions, setDescriptions] = useState<Record<string, string>>({});
  const [query, setQuery] = useState('');
  const [dataHits, setDataHits] = useState<SearchHit[] | null>(null);
  const [card, setCard] = useState<PanelCard | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [theme, setTheme] = useState<CardTheme>('auto');
  const [settings, setSettings] = useState<Settings | null>(null);
  const searchSeq = useRef(0);
  const site = tab ? siteOf(tab.url) : '';

  useEffect(() => {
    void sendToBackground(browser.runtime, 'getStatus', {}).then(setData, (e: Error) => setData({ state: 'error', error: e.message }));
    void browser.commands
      ?.getAll()
      .then((all) => setShortcuts(all.filter((c) => c.name && !c.name.startsWith('_')).map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' }))))
      .catch(() => {});
    const applyTheme = (t: CardTheme) => {
      setTheme(t);
      document.documentElement.dataset.theme = t;
    };
    void readSettings(browser.storage.local).then((s) => {
      setSettings(s);
      applyTheme(s.cardTheme);
    });
    // The theme follows the options page while the panel is open.
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const s = area === 'local' ? settingsFromChange(changes) : null;
      if (!s) return;
      setSettings(s);
      applyTheme(s.cardTheme);
    };
    browser.storage.onChanged.addListener(onChange);
    void resolveTab().then((t) => {
      if (!t) return setPage({ status: 'unavailable', reason: 'No tab to look at.' });
      setTab(t);
      if (!/^https?:/.test(t.url)) return setPage({ status: 'unavailable', reason: 'NewsContext works on web pages (http and https).' });
      void readSettings(browser.storage.local).then((s) => setSiteEnabledState(isSiteEnabled(s, siteOf(t.url))));
    });
  }, []);

  // Poll the page while it is still being read, so the list fills in without reopening the panel.
  useEffect(() => {
    if (!tab || !/^https?:/.test(tab.url)) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const s = await sendToTab(browser.tabs, tab.id, 'getPageState', {});
        if (stop) return;
        setPage(s);
        if (s.status === 'working' || s.status === 'active') timer = setTimeout(poll, s.status === 'working' ? 250 : 1500);
      } catch {
        if (!stop) setPage({ status: 'unavailable', reason: 'NewsContext has not run on this page yet. Reload the page to start it.' });
      }
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [tab]);

  // One-line descriptions for the page's entities (one message for those not fetched yet).
  const pageIds = page?.status === 'active' ? page.entities.map((e) => e.id) : [];
  const missing = pageIds.filter((id) => !(id in descriptions));
  useEffect(() => {
    if (!missing.length) return;
    // On the article's date when the page has one: a row never reads "President … since 2025" in a 2016 article.
    const date = page?.status === 'active' ? page.date : undefined;
    void sendToBackground(browser.runtime, 'search', { ids: missing.slice(0, 50), ...(date ? { date } : {}) }).then(
      (r) => setDescriptions((d) => ({ ...d, ...Object.fromEntries(missing.map((id) => [id, ''])), ...Object.fromEntries(r.results.map((h) => [h.id, h.description])) })),
      () => {},
    );
  }, [missing.join(',')]);

  // Dataset search, a little after typing stops.
  useEffect(() => {
    const q = query.trim();
    const seq = ++searchSeq.current;
    if (!q) return setDataHits(null);
    const timer = setTimeout(() => {
      void sendToBackground(browser.runtime, 'search', { query: q, limit: 20 }).then(
        (r) => seq === searchSeq.current && setDataHits(r.results),
        () => seq === searchSeq.current && setDataHits([]),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);

  const openEntity = (id: string) => {
    const name = dataHits?.find((h) => h.id === id)?.name;
    setCard({ model: null, loadingName: name });
    const date = page?.status === 'active' && page.date ? page.date : new Date().toISOString().slice(0, 10);
    void sendToBackground(browser.runtime, 'getEntity', { id }).then(
      (r) => setCard(r.entity ? { model: buildCard(r.entity, date) } : { model: null, loadingName: name, error: 'No background data for this name.' }),
      (e: Error) => setCard({ model: null, loadingName: name, error: e.message }),
    );
  };

  // Names the reader marked as wrong matches on this site are not highlighted: the list leaves them out too.
  const hidden = settings ? suppressedOn(settings, site) : null;
  const shownPage = page?.status === 'active' && hidden?.size ? { ...page, entities: page.entities.filter((e) => !hidden.has(e.id)) } : page;
  const inTab = new URLSearchParams(location.search).has('tab') || new URLSearchParams(location.search).has('url');
  return (
    <Panel
      page={shownPage}
      data={data}
      site={site}
      siteEnabled={siteEnabled}
      scannedAnyway={scannedAnyway}
      descriptions={descriptions}
      query={query}
      onQuery={(q) => {
        setQuery(q);
        setCard(null);
      }}
      dataHits={dataHits}
      onOpenEntity={openEntity}
      card={card}
      onCloseCard={() => setCard(null)}
      onToggleMore={(x) => setCard((c) => (c ? { ...c, expanded: x } : c))}
      shortcuts={shortcuts}
      onOpenShortcuts={openShortcutSettings}
      theme={theme}
      onReveal={(id) => {
        if (!tab) return;
        void sendToTab(browser.tabs, tab.id, 'reveal', { id }).catch(() => {});
        // A real toolbar popup closes so the reader sees the page; a panel opened in a tab stays.
        if (!inTab) window.close();
      }}
      onToggleSite={(on) => {
        setSiteEnabledState(on);
        void setSiteEnabled(browser.storage.local, site, on);
      }}
      onOpenAbout={() => void browser.runtime.openOptionsPage()}
      onScanAnyway={() => {
        if (!tab) return;
        setScannedAnyway(true);
        setPage({ status: 'working', url: tab.url, host: site });
        void sendToTab(browser.tabs, tab.id, 'scanAnyway', {}).then(setPage, () => {});
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
