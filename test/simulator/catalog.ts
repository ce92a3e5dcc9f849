/** A deterministic catalog of CSP partners for the simulator's "Select CSP Partners" dialog and for tests. */
export interface CatalogPartner {
  tenantId: string;
  name: string;
  country: string;
  mpnId: string;
  competencies: string[];
  skills: string[];
}

/** mulberry32: small, seeded, the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededGuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const PREFIXES = [
  'Fabrikam',
  'Contoso',
  'Tailspin',
  'Northwind',
  'Adventure Works',
  'Litware',
  'Proseware',
  'Woodgrove',
  'Wingtip',
  'Alpine Ski',
  'Coho',
  'Lamna',
  'Trey Research',
  'Wide World',
  'Margie',
  'Humongous',
  'Fourth Coffee',
  'Relecloud',
  'Datum',
  'VanArsdel',
  '한빛',
  '누리',
  '가람',
  '다온',
];
const SUFFIXES = ['Cloud Services', 'Solutions', 'Consulting', 'Systems', 'IT Partners', 'Digital', 'Technologies', '클라우드', '솔루션'];
export const COUNTRIES = ['US', 'KR', 'DE', 'JP', 'GB', 'FR', 'IN', 'AU', 'CA', 'BR', 'SG', 'NL'];
export const COMPETENCIES = [
  'Cloud Platform',
  'Data Analytics',
  'Security',
  'Modern Work',
  'Application Development',
  'Small and Midmarket Cloud Solutions',
];
export const SKILLS = ['Azure', 'Microsoft 365', 'Dynamics 365', 'Power Platform', 'SQL Server', 'Kubernetes', 'AI'];

export function buildCatalog(size = 300, seed = 20201030): CatalogPartner[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const names = new Set<string>();
  const partners: CatalogPartner[] = [];
  while (partners.length < size) {
    const base = `${pick(PREFIXES)} ${pick(SUFFIXES)}`;
    const name = names.has(base) ? `${base} ${partners.length}` : base;
    names.add(name);
    partners.push({
      name,
      tenantId: seededGuid(random),
      country: pick(COUNTRIES),
      mpnId: String(1_000_000 + Math.floor(random() * 8_999_999)),
      competencies: [...new Set([pick(COMPETENCIES), pick(COMPETENCIES)])],
      skills: [...new Set([pick(SKILLS), pick(SKILLS)])],
    });
  }
  return partners;
}
