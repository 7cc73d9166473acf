import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Panel, type PanelProps } from '../../components/Panel';
import '../../components/panel.css';
import { sendToBackground, sendToTab, type DataStatus } from '../../lib/protocol';
import { isSiteEnabled, readSettings, setSiteEnabled, siteOf } from '../../lib/settings';

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

function App() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [page, setPage] = useState<PanelProps['page']>(null);
  const [data, setData] = useState<DataStatus | null>(null);
  const [siteEnabled, setSiteEnabledState] = useState<boolean | null>(null);
  const site = tab ? siteOf(tab.url) : '';

  useEffect(() => {
    void sendToBackground(browser.runtime, 'getStatus', {}).then(setData, (e: Error) => setData({ state: 'error', error: e.message }));
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

  return (
    <Panel
      page={page}
      data={data}
      site={site}
      siteEnabled={siteEnabled}
      onReveal={(id) => {
        if (!tab) return;
        void sendToTab(browser.tabs, tab.id, 'reveal', { id }).catch(() => {});
        // A real toolbar popup closes so the reader sees the page; a panel opened in a tab stays.
        if (!new URLSearchParams(location.search).has('tab') && !new URLSearchParams(location.search).has('url')) window.close();
      }}
      onToggleSite={(on) => {
        setSiteEnabledState(on);
        void setSiteEnabled(browser.storage.local, site, on);
      }}
      onOpenAbout={() => void browser.runtime.openOptionsPage()}
      onScanAnyway={() => {
        if (!tab) return;
        setPage({ status: 'working', url: tab.url, host: site });
        void sendToTab(browser.tabs, tab.id, 'scanAnyway', {}).then(setPage, () => {});
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
