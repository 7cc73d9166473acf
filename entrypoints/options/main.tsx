import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { About } from '../../components/About';
import '../../components/about.css';
import { ATTRIBUTIONS } from '../../lib/attributions';
import { sendToBackground, type DataStatus } from '../../lib/protocol';

function App() {
  const [data, setData] = useState<DataStatus | null>(null);
  useEffect(() => {
    void sendToBackground(browser.runtime, 'getStatus', {}).then(setData, (e: Error) => setData({ state: 'error', error: e.message }));
  }, []);
  return <About attributions={ATTRIBUTIONS} data={data} />;
}

render(<App />, document.getElementById('app')!);
