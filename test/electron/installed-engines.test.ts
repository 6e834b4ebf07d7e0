import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * Station PCs and CI run the distribution's Node (20), and package.json promises `engines.node`.
 * A dependency that declares a newer Node is an EBADENGINE at `npm ci` and may use what Node 20
 * lacks, so every installed package must admit both the running Node and the lowest one promised.
 */
const root = join(import.meta.dirname, '..', '..');

interface Manifest {
  name?: string;
  version?: string;
  engines?: { node?: string };
}

const readManifest = (dir: string): Manifest | undefined => {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return undefined; // not a package (e.g. .bin, .cache)
  }
};

/** Every package under a node_modules folder, scoped and nested ones included. */
function* installed(nodeModules: string): Generator<{ dir: string; manifest: Manifest }> {
  let entries: string[];
  try {
    entries = readdirSync(nodeModules);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith('.')) continue;
    const dirs = entry.startsWith('@')
      ? readdirSync(join(nodeModules, entry)).map((s) => join(nodeModules, entry, s))
      : [join(nodeModules, entry)];
    for (const dir of dirs) {
      const manifest = readManifest(dir);
      if (!manifest) continue;
      yield { dir, manifest };
      yield* installed(join(dir, 'node_modules'));
    }
  }
}

/** `name@version needs <range>` for each package whose engines.node refuses `node`. */
function refusing(nodeModules: string, node: string): string[] {
  const out: string[] = [];
  for (const { manifest } of installed(nodeModules)) {
    const range = manifest.engines?.node;
    if (typeof range !== 'string' || !semver.validRange(range)) continue;
    if (!semver.satisfies(node, range, { includePrerelease: true }))
      out.push(`${manifest.name}@${manifest.version} needs node ${range}`);
  }
  return out.sort();
}

describe('installed dependencies run on the Node the station promises', () => {
  const promised = readManifest(root)?.engines?.node ?? '';
  const lowest = semver.minVersion(promised)?.version;

  it('promises a Node version', () => {
    expect(lowest).toBeDefined();
  });

  it('every installed package admits the running Node and the lowest promised one', () => {
    const nodeModules = join(root, 'node_modules');
    expect(refusing(nodeModules, process.version)).toEqual([]);
    expect(refusing(nodeModules, lowest!)).toEqual([]);
  });

  it('the check names a package that needs a newer Node', () => {
    // The same walk over a folder holding one such package (and a scoped one that is fine), so the
    // empty answers above mean something.
    const fixture = join(root, 'test', 'fixtures', 'engines', 'installed');
    expect(refusing(fixture, '20.19.0')).toEqual(['needs-node-22@1.0.0 needs node >=22.12.0']);
    expect(refusing(fixture, '22.12.0')).toEqual([]);
  });
});
