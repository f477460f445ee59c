/**
 * @jest-environment jsdom
 *
 * The add-in manifest, checked locally (office-addin-manifest validate needs the internet):
 * well-formed XML, ids, requirement set, locales, ribbon, and every URL pointing at something
 * the build really serves — taskpane.html from webpack, icons under assets/ with the right size.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CAPABILITY_SETS } from '../src/port/office/capabilities';

const ROOT = path.resolve(__dirname, '..');
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const ORIGIN = 'https://localhost:3000/';

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}

function isWellFormed(doc: Document): boolean {
  return doc.getElementsByTagName('parsererror').length === 0;
}

const manifest = parse(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));

function all(localName: string, within: Element | Document = manifest): Element[] {
  return Array.from(within.getElementsByTagNameNS('*', localName));
}

function one(localName: string, within: Element | Document = manifest): Element {
  const found = all(localName, within);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

function childrenNamed(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((c) => c.localName === localName);
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(XSI, 'type');
}

/** Resources by id: images, urls, short and long strings. */
function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const element of Array.from(one(kind).children)) map.set(element.getAttribute('id') ?? '', element);
  return map;
}
const images = resources('Images');
const urls = resources('Urls');
const strings = new Map([...resources('ShortStrings'), ...resources('LongStrings')]);

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Files webpack emits for the pane (HtmlWebpackPlugin filenames) and the folders it copies. */
async function webpackOutputs(): Promise<{ pages: string[]; copied: string[] }> {
  const configure = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: object[] }>;
  const config = await configure({}, { mode: 'production' });
  const pages: string[] = [];
  const copied: string[] = [];
  for (const plugin of config.plugins as { userOptions?: { filename?: string }; patterns?: { from: string; to: string }[] }[]) {
    if (plugin.userOptions?.filename) pages.push(plugin.userOptions.filename);
    for (const pattern of plugin.patterns ?? []) if (pattern.from === pattern.to) copied.push(pattern.from);
  }
  return { pages, copied };
}

describe('manifest.xml', () => {
  it('is well-formed XML (and the check itself can fail)', () => {
    expect(isWellFormed(parse('<a><b></a>'))).toBe(false);
    expect(isWellFormed(manifest)).toBe(true);
    expect(manifest.documentElement.localName).toBe('OfficeApp');
    expect(xsiType(manifest.documentElement)).toBe('TaskPaneApp');
  });

  it('has a fixed GUID, a four-part version, a provider, Excel as host and read/write permission', () => {
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one('Version').textContent).toBe('1.0.0.0');
    expect(one('ProviderName').textContent?.trim()).not.toBe('');
    const hosts = childrenNamed(manifest.documentElement, 'Hosts')[0];
    expect(childrenNamed(hosts, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('requires ExcelApi 1.6 — the conditional-format set the core flow is built on — and nothing newer', () => {
    const requirements = childrenNamed(manifest.documentElement, 'Requirements')[0];
    const sets = childrenNamed(requirements, 'Sets')[0];
    expect(sets.getAttribute('DefaultMinVersion')).toBe('1.6');
    const set = childrenNamed(sets, 'Set');
    expect(set.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', CAPABILITY_SETS.conditionalFormats]]);
  });

  it('is Vietnamese by default with an English override for every string', () => {
    expect(one('DefaultLocale').textContent).toBe('vi-VN');
    for (const name of ['DisplayName', 'Description']) {
      const element = childrenNamed(manifest.documentElement, name)[0];
      expect(element.getAttribute('DefaultValue')).toMatch(/\S/);
      const overrides = childrenNamed(element, 'Override');
      expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
      expect(overrides[0].getAttribute('Value')).toMatch(/\S/);
    }
    expect(childrenNamed(manifest.documentElement, 'DisplayName')[0].getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    expect(childrenNamed(manifest.documentElement, 'Description')[0].getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);

    expect(strings.size).toBeGreaterThanOrEqual(10);
    for (const [id, element] of strings) {
      const limit = element.parentElement?.localName === 'ShortStrings' ? 125 : 250;
      const overrides = childrenNamed(element, 'Override');
      expect({ id, locales: overrides.map((o) => o.getAttribute('Locale')) }).toEqual({ id, locales: ['en-US'] });
      for (const text of [element.getAttribute('DefaultValue'), overrides[0].getAttribute('Value')]) {
        expect(text).toMatch(/\S/);
        expect(text!.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('refers only to resources that exist', () => {
    const known = new Set([...images.keys(), ...urls.keys(), ...strings.keys()]);
    const used = all('*').map((e) => e.getAttribute('resid')).filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(20);
    for (const resid of used) expect({ resid, known: known.has(resid) }).toEqual({ resid, known: true });
    for (const resid of used) expect(resid.length).toBeLessThanOrEqual(32);
  });

  it('has the four buttons on the Home tab, each opening the pane on its tab', () => {
    const tab = one('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const controls = all('Control', tab);
    const label = (control: Element) => strings.get(childrenNamed(control, 'Label')[0].getAttribute('resid')!);
    expect(controls.map((c) => label(c)?.getAttribute('DefaultValue'))).toEqual(['phuluc', 'Kiểm tra', 'Tô màu', 'Tổng hợp']);
    expect(controls.map((c) => childrenNamed(label(c)!, 'Override')[0].getAttribute('Value'))).toEqual(['phuluc', 'Check', 'Colour', 'Summary']);

    const targets = controls.map((control) => {
      expect(xsiType(control)).toBe('Button');
      const action = childrenNamed(control, 'Action')[0];
      expect(xsiType(action)).toBe('ShowTaskpane');
      expect(childrenNamed(action, 'TaskpaneId')[0].textContent).toBe('phuluc.Taskpane');
      const sizes = all('Image', childrenNamed(control, 'Icon')[0]).map((i) => i.getAttribute('size'));
      expect(sizes).toEqual(expect.arrayContaining(['16', '32', '80']));
      return urls.get(childrenNamed(action, 'SourceLocation')[0].getAttribute('resid')!)?.getAttribute('DefaultValue');
    });
    expect(targets).toEqual([
      `${ORIGIN}taskpane.html`,
      `${ORIGIN}taskpane.html?tab=check`,
      `${ORIGIN}taskpane.html?tab=colour`,
      `${ORIGIN}taskpane.html?tab=summary`,
    ]);
    expect(all('FunctionFile')).toHaveLength(0);
  });

  it('points every URL at https and at something the build serves', async () => {
    const { pages, copied } = await webpackOutputs();
    expect(copied).toContain('assets');
    const found: string[] = [];
    for (const element of all('*')) {
      for (const attribute of ['DefaultValue', 'Value']) {
        const value = element.getAttribute(attribute);
        if (value && /^[a-z]+:\/\//i.test(value)) found.push(value);
      }
      if (element.localName === 'AppDomain') found.push(element.textContent ?? '');
    }
    expect(found.length).toBeGreaterThan(15);
    for (const url of found) {
      expect(url.startsWith('https://')).toBe(true);
      if (url === ORIGIN.slice(0, -1)) continue; // the AppDomain
      expect(url.startsWith(ORIGIN)).toBe(true);
      const file = new URL(url).pathname.slice(1);
      if (file.startsWith('assets/')) expect({ url, exists: fs.existsSync(path.join(ROOT, file)) }).toEqual({ url, exists: true });
      else expect(pages).toContain(file);
    }
    expect(one('SourceLocation', childrenNamed(manifest.documentElement, 'DefaultSettings')[0]).getAttribute('DefaultValue')).toBe(`${ORIGIN}taskpane.html`);
  });

  it('has PNG icons of the sizes it claims', () => {
    const expectSize = (url: string | null, size: number) => {
      const { width, height } = pngSize(path.join(ROOT, new URL(url!).pathname));
      expect({ url, width, height }).toEqual({ url, width: size, height: size });
    };
    expectSize(one('IconUrl').getAttribute('DefaultValue'), 32);
    expectSize(one('HighResolutionIconUrl').getAttribute('DefaultValue'), 64);
    expect(images.size).toBeGreaterThanOrEqual(4);
    for (const [id, image] of images) {
      const size = Number(/\.(\d+)x\1$/.exec(id)?.[1]);
      expect(size).toBeGreaterThan(0);
      expectSize(image.getAttribute('DefaultValue'), size);
    }
    // Every image an Icon asks for at a size is that size.
    for (const image of all('Image').filter((i) => i.getAttribute('size'))) {
      const resource = images.get(image.getAttribute('resid')!);
      expectSize(resource!.getAttribute('DefaultValue'), Number(image.getAttribute('size')));
    }
    for (const size of [16, 32, 64, 80]) expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});
