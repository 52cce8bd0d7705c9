// The core's public surface stays deliberate: faces import the core only through shared/index.ts, the index exports
// nothing no face uses, and shared/ runs no code on import (package.json's "sideEffects": false relies on it, so the
// browser bundles can drop what a page does not use). Tests may import deep paths: they test internals.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.join(__dirname, '..');
const FACES = ['addin', 'apps-script', 'cli', 'examples'];
const INDEX = path.join(root, 'shared', 'index.ts');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(p);
    const isTs = e.name.endsWith('.ts') && !e.name.endsWith('.d.ts');
    return isTs && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

type CoreImport = { file: string; target: string; names: string[]; bare: boolean };

/** Every import or re-export in `file` that reaches into shared/, with the names it takes. */
function coreImports(file: string): CoreImport[] {
  const out: CoreImport[] = [];
  for (const st of parse(file).statements) {
    if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier) continue;
    const spec = (st.moduleSpecifier as ts.StringLiteral).text;
    if (!spec.startsWith('.')) continue;
    const target = path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
    if (target !== 'shared' && !target.startsWith('shared/')) continue;
    const names: string[] = [];
    let bare = false;
    if (ts.isImportDeclaration(st)) {
      const clause = st.importClause;
      if (!clause) bare = true;
      else {
        if (clause.name) names.push('default');
        const nb = clause.namedBindings;
        if (nb && ts.isNamespaceImport(nb)) names.push('*');
        else if (nb) for (const el of nb.elements) names.push((el.propertyName ?? el.name).text);
      }
    } else if (st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) names.push((el.propertyName ?? el.name).text);
    } else names.push('*');
    out.push({ file: path.relative(root, file), target, names, bare });
  }
  return out;
}

function indexExports(): string[] {
  const names: string[] = [];
  for (const st of parse(INDEX).statements) {
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) names.push(el.name.text);
    } else if (!ts.isImportDeclaration(st)) names.push(`<not a named re-export: ${st.getText().slice(0, 40)}>`);
  }
  return names;
}

const faceImports = FACES.flatMap((f) => sources(path.join(root, f))).flatMap(coreImports);

describe('the core public surface', () => {
  it('finds the faces and their imports of the core (the scan itself works)', () => {
    expect(faceImports.length).toBeGreaterThan(30);
    expect(new Set(faceImports.map((i) => i.file.split('/')[0]))).toEqual(new Set(FACES));
  });

  it('faces import the core only through shared/index.ts', () => {
    const deep = faceImports.filter((i) => i.target !== 'shared').map((i) => `${i.file} → ${i.target}`);
    expect(deep).toEqual([]);
  });

  it('faces take named imports from the core (no namespace, default or side-effect imports)', () => {
    const odd = faceImports.filter((i) => i.bare || i.names.some((n) => n === '*' || n === 'default')).map((i) => i.file);
    expect(odd).toEqual([]);
  });

  it('shared/index.ts exports exactly what the faces import: no unused name', () => {
    const used = new Set(faceImports.flatMap((i) => i.names));
    const exported = indexExports();
    expect(exported.filter((n) => !used.has(n))).toEqual([]);
    expect(new Set(exported).size).toBe(exported.length);
  });

  it('shared/ runs no code on import, so bundlers may drop unused modules ("sideEffects": false)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.sideEffects).toBe(false);
    const effects: string[] = [];
    for (const file of sources(path.join(root, 'shared'))) {
      for (const st of parse(file).statements) {
        const declares =
          ts.isImportDeclaration(st) ? st.importClause !== undefined
          : ts.isExportDeclaration(st) || ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) ||
            ts.isTypeAliasDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isVariableStatement(st) ||
            ts.isEnumDeclaration(st) || ts.isModuleDeclaration(st);
        if (!declares) effects.push(`${path.relative(root, file)}: ${st.getText().slice(0, 60)}`);
      }
    }
    expect(effects).toEqual([]);
    // A face imported only for its effect would be dropped under the same flag.
    const faceFiles = [...FACES, 'shared'].flatMap((f) => sources(path.join(root, f)));
    const bare = faceFiles.filter((f) => parse(f).statements.some((st) => ts.isImportDeclaration(st) && !st.importClause));
    expect(bare.map((f) => path.relative(root, f))).toEqual([]);
  });
});
