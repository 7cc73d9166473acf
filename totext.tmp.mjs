import { parseHTML } from 'linkedom';
import fs from 'node:fs';
const dir='/work/shared/real-pages/readability/';
const names=process.argv.slice(2);
for (const n of names){
  const html=fs.readFileSync(dir+n+'/expected.html','utf8');
  const meta=JSON.parse(fs.readFileSync(dir+n+'/expected-metadata.json','utf8'));
  const {document}=parseHTML('<html><body>'+html+'</body></html>');
  const paras=[];
  for (const el of document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote')) {
    if (el.querySelector('p, li')) continue;
    const t=el.textContent.replace(/\s+/g,' ').trim();
    if (t) paras.push(t);
  }
  const words=paras.join(' ').split(/\s+/).length;
  fs.writeFileSync('/tmp/rt/'+n+'.txt', paras.join('\n\n'));
  console.log(n, paras.length, words, JSON.stringify(meta.title), meta.publishedTime||'');
}
