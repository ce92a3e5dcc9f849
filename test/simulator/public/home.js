// @ts-check
/** A Partner Center page that is neither the audience page nor a support page. */
const config = JSON.parse(document.getElementById('sim-config')?.textContent ?? '{}');
const root = document.getElementById('root');
if (root) {
  const top = document.createElement('div');
  top.className = 'pc-top';
  top.textContent = 'Partner Center';
  const main = document.createElement('main');
  const h1 = document.createElement('h1');
  h1.textContent = config.texts.dashboard;
  main.append(h1);
  root.append(top, main);
}
