import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { About } from '../../components/About';
import { Options, type LastChange } from '../../components/Options';
import '../../components/about.css';
import { ATTRIBUTIONS } from '../../lib/attributions';
import { sendToBackground, type DataStatus } from '../../lib/protocol';
import { readSettings, settingsFromChange, updateSettings, type Settings } from '../../lib/settings';

function App() {
  const [data, setData] = useState<DataStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [last, setLast] = useState<LastChange>(null);
  useEffect(() => {
    void sendToBackground(browser.runtime, 'getStatus', {}).then(setData, (e: Error) => setData({ state: 'error', error: e.message }));
    void readSettings(browser.storage.local).then(setSettings);
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const s = area === 'local' ? settingsFromChange(changes) : null;
      if (s) setSettings(s);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.cardTheme;
  }, [settings?.cardTheme]);
  const change = (f: (s: Settings) => Partial<Settings>) => void updateSettings(browser.storage.local, f).then(setSettings);
  return (
    <>
      <Options
        settings={settings}
        last={last}
        onStyle={(highlightStyle) => change(() => ({ highlightStyle }))}
        onTheme={(cardTheme) => change(() => ({ cardTheme }))}
        onSiteOn={(site) => {
          setLast({ kind: 'site-on', site });
          change((s) => ({ disabledSites: s.disabledSites.filter((x) => x !== site) }));
        }}
        onRemoveSuppression={(entry) => {
          setLast({ kind: 'suppression-removed', entry });
          change((s) => ({ suppressions: s.suppressions.filter((x) => !(x.entityId === entry.entityId && x.site === entry.site)) }));
        }}
        onUndo={() => {
          const l = last;
          setLast(null);
          if (l?.kind === 'site-on') change((s) => ({ disabledSites: [...new Set([...s.disabledSites, l.site])].sort() }));
          if (l?.kind === 'suppression-removed') change((s) => ({ suppressions: [...s.suppressions, l.entry] }));
        }}
      />
      <About attributions={ATTRIBUTIONS} data={data} />
    </>
  );
}

render(<App />, document.getElementById('app')!);
