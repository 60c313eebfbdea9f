import type { AdminUnit, CountryInfo } from './gazetteer.ts';
import { bareAdminName } from './admin-name.ts';
import { editDistance, placeKey, skeletonKey } from './place-key.ts';

// Reports ask for the same few names many times; entries are small arrays shared with the callers.
const MEMO_LIMIT = 50_000;

/** Countries and first-level units, looked up by code or spelling-tolerantly by name. */
export class AdminDirectory {
  private readonly admin1Memo = new Map<string, readonly AdminUnit[]>();
  private readonly countries = new Map<string, CountryInfo>();
  private readonly countryKeys = new Map<string, CountryInfo>();
  private readonly units = new Map<string, AdminUnit>();
  private readonly unitKeys = new Map<string, AdminUnit[]>();
  private readonly keysBySkeleton = new Map<string, string[]>();
  private readonly admin2Units = new Map<string, AdminUnit>();
  private readonly admin2Keys = new Map<string, AdminUnit[]>();

  constructor(countries: readonly CountryInfo[], units: readonly AdminUnit[]) {
    for (const country of countries) {
      this.countries.set(country.code, country);
      for (const name of [country.name, ...country.aliases]) {
        const key = placeKey(name);
        // The first country to claim a name keeps it, so curated names beat generated ones.
        if (key.length > 0 && !this.countryKeys.has(key)) this.countryKeys.set(key, country);
      }
    }
    for (const unit of units) {
      if (unit.level === 2) {
        this.admin2Units.set(`${unit.countryCode}.${unit.code}`, unit);
        for (const key of new Set([unit.name, ...unit.aliases].map((n) => placeKey(bareAdminName(n))))) {
          if (key.length === 0) continue;
          const list = this.admin2Keys.get(key);
          if (list) list.push(unit);
          else this.admin2Keys.set(key, [unit]);
        }
        continue;
      }
      this.units.set(`${unit.countryCode}.${unit.code}`, unit);
      const keys = new Set([unit.name, ...unit.aliases].map((n) => placeKey(bareAdminName(n))));
      for (const key of keys) {
        if (key.length === 0) continue;
        const list = this.unitKeys.get(key);
        if (list) list.push(unit);
        else {
          this.unitKeys.set(key, [unit]);
          const skeleton = skeletonKey(key);
          const similar = this.keysBySkeleton.get(skeleton);
          if (similar) similar.push(key);
          else this.keysBySkeleton.set(skeleton, [key]);
        }
      }
    }
  }

  country(code: string): CountryInfo | null {
    return this.countries.get(code.toUpperCase()) ?? null;
  }

  countryByName(name: string): CountryInfo | null {
    return this.countryKeys.get(placeKey(name)) ?? null;
  }

  admin1(countryCode: string, code: string): AdminUnit | null {
    return this.units.get(`${countryCode}.${code}`) ?? null;
  }

  /** `code` is "<admin1>.<admin2>" for second-level units. */
  admin2(countryCode: string, admin1Code: string, code: string): AdminUnit | null {
    return this.admin2Units.get(`${countryCode}.${admin1Code}.${code}`) ?? null;
  }

  /** Second-level units of exactly that name (up to accents and "District"); their code starts with the admin1 code. */
  admin2ByName(name: string, countryCode?: string): readonly AdminUnit[] {
    const units = this.admin2Keys.get(placeKey(bareAdminName(name))) ?? [];
    return countryCode === undefined ? units : units.filter((u) => u.countryCode === countryCode);
  }

  /** Same key first; when none, keys with the same consonants within a small edit distance ("Idleb" for "Idlib"). */
  admin1ByName(name: string, countryCode?: string): readonly AdminUnit[] {
    // "*" cannot begin a country code, so the two kinds of key never meet.
    const memoKey = countryCode === undefined ? `*${name}` : `${countryCode}:${name}`;
    const known = this.admin1Memo.get(memoKey);
    if (known) return known;
    const found = this.findAdmin1s(name, countryCode);
    if (this.admin1Memo.size >= MEMO_LIMIT) this.admin1Memo.clear();
    this.admin1Memo.set(memoKey, found);
    return found;
  }

  private findAdmin1s(name: string, countryCode: string | undefined): readonly AdminUnit[] {
    const key = placeKey(bareAdminName(name));
    if (key.length === 0) return [];
    const keep = (unit: AdminUnit): boolean => countryCode === undefined || unit.countryCode === countryCode;
    const exact = (this.unitKeys.get(key) ?? []).filter(keep);
    if (exact.length > 0 || key.length < 5) return exact;
    // Province names are few and well known: only a one-letter slip is forgiven in short names.
    const tolerance = key.length < 8 ? 1 : 2;
    const near: { unit: AdminUnit; distance: number }[] = [];
    for (const other of this.keysBySkeleton.get(skeletonKey(key)) ?? []) {
      if (Math.abs(other.length - key.length) > tolerance || other.charCodeAt(0) !== key.charCodeAt(0)) continue;
      const distance = editDistance(key, other, tolerance);
      if (distance > tolerance) continue;
      for (const unit of this.unitKeys.get(other)!) if (keep(unit)) near.push({ unit, distance });
    }
    near.sort((a, b) => a.distance - b.distance);
    return [...new Set(near.map((n) => n.unit))];
  }
}
