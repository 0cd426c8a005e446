// The LGPD log scan (R-X-2, R-SEC-3): no CPF, name or income in clear in any log line of a run.
// Reads every file under the given paths changed since --since (epoch ms): the services' JSON logs
// and the run's console output. A finding is a CPF-shaped number with valid check digits outside a
// mask, or a JSON log field named like a name, income, birth date or contact whose value is not
// redacted. Prints each finding masked, with file and line; exits 1 if there is any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const sinceAt = args.indexOf('--since');
const since = sinceAt >= 0 ? Number(args.splice(sinceAt, 2)[1]) : 0;

const CPF = /(?<![\w*.-])(\d{3})\.?(\d{3})\.?(\d{3})-?(\d{2})(?![\w*])/g;
const NAME_KEYS = new Set(['name', 'fullname', 'customername', 'firstname', 'lastname', 'mothername', 'socialname', 'nome', 'nomecompleto']);
const SENSITIVE_SUFFIXES = ['income', 'renda', 'salary', 'salario', 'benefitvalue', 'birthdate', 'nascimento', 'email', 'phone', 'telefone'];
const sensitive = (key) => {
  const k = key.toLowerCase().replace(/[_-]/g, '');
  return NAME_KEYS.has(k) || SENSITIVE_SUFFIXES.some((s) => k.endsWith(s));
};

/** The CPF check digits (Receita Federal): repeated digits are not CPFs. */
function validCpf(digits) {
  if (/^(\d)\1{10}$/.test(digits)) return false;
  const check = (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Number(digits[i]) * (n + 1 - i);
    const r = (sum * 10) % 11;
    return (r === 10 ? 0 : r) === Number(digits[n]);
  };
  return check(9) && check(10);
}

/** An error's `name` is its class (PersonalDataSourceUnavailableError), not a person's. */
const errorName = (parent, key) => key === 'name' && /^(error|err|cause)$/i.test(parent);

function* clearFields(value, path = '', parent = '') {
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    const clear = (typeof v === 'string' || typeof v === 'number') && v !== '[redacted]' && v !== '';
    if (sensitive(key) && clear && !errorName(parent, key)) yield `${path}${key}`;
    else yield* clearFields(v, `${path}${key}.`, key);
  }
}

function* files(path) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) for (const entry of readdirSync(path)) yield* files(join(path, entry));
  else if (stat.mtimeMs >= since && /\.(log|txt)$/.test(path)) yield path;
}

const findings = [];
let scanned = 0;
let lines = 0;
for (const path of args) {
  for (const file of files(path)) {
    scanned += 1;
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      lines += 1;
      const where = `${relative(process.cwd(), file)}:${i + 1}`;
      for (const m of line.matchAll(CPF)) if (validCpf(m.slice(1).join(''))) findings.push(`${where}: a CPF in clear (***.${m[2]}.${m[3]}-**)`);
      if (!line.startsWith('{')) return;
      try {
        for (const field of clearFields(JSON.parse(line))) findings.push(`${where}: "${field}" in clear`);
      } catch {
        // not a JSON log line
      }
    });
  }
}
for (const f of findings.slice(0, 50)) console.log(f);
console.log(`log scan: ${findings.length} finding(s) in ${lines.toLocaleString('en')} lines of ${scanned} files under ${args.join(', ')}`);
// A scan that read nothing proves nothing: the run's logs must be where this was told to look.
if (scanned === 0) console.log('log scan: no log file found');
process.exit(findings.length || scanned === 0 ? 1 : 0);
