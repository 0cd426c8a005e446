// `npm start`: the stack's main job. Until the services land (issues 3–5), it installs what is
// missing and runs the finance calculator on sample simulations, printing them as a customer
// would see them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, root } from './lib.mjs';

ensureInstalled();
const requests = readFileSync(join(root, 'scripts', 'samples', 'simulations.json'), 'utf8');
const calc = spawnSync('npm', ['run', '-s', 'finance:calc'], { cwd: root, input: requests, encoding: 'utf8' });
if (calc.status !== 0) {
  console.error(calc.stderr || calc.stdout);
  process.exit(1);
}
const results = JSON.parse(calc.stdout);
JSON.parse(requests).forEach(({ op, input }, i) => print(op, input, results[i]));

function print(op, input, result) {
  if (result.error) {
    console.log(`\n${op}: ${result.error.code} — ${result.error.message}`);
    return;
  }
  const out = result.output;
  if (op === 'simulate') {
    console.log(`\n${input.product}: R$ ${input.amount} em ${input.term} meses (contrato ${input.contractDate})`);
    console.log(`  taxa ${pct(out.monthlyRate)} a.m. · IOF R$ ${out.iof} · seguro R$ ${out.insurance} · financiado R$ ${out.financed}`);
    console.log(`  parcela R$ ${out.installment} · CET ${out.cetMonthlyPercent}% a.m. / ${out.cetAnnualPercent}% a.a.`);
    const rows = out.schedule;
    for (const r of [rows[0], rows[1], rows[rows.length - 1]]) {
      console.log(`    #${String(r.number).padStart(3)} ${r.dueDate}  parcela ${r.installment.padStart(9)}  juros ${r.interest.padStart(8)}  amortização ${r.amortization.padStart(9)}  saldo ${r.balance.padStart(10)}`);
    }
  } else if (op === 'maxLoan') {
    console.log(`\nQuanto posso pegar? Margem R$ ${input.installment}, ${input.term} meses a ${pct(input.monthlyRate)} a.m. → até R$ ${out.principal}`);
  } else if (op === 'lateCharges') {
    console.log(`\nParcela de R$ ${input.installment} paga com ${out.daysLate} dias de atraso: multa R$ ${out.fine} + mora R$ ${out.mora} = R$ ${out.total}`);
  }
}

/** "0.0185" → "1,85%": shifts the decimal point as text, so no float touches the rate. */
function pct(fraction) {
  const [int, dec = ''] = String(fraction).split('.');
  const padded = dec.padEnd(2, '0');
  const whole = `${int}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2).replace(/0+$/, '');
  return `${whole}${rest ? `,${rest}` : ''}%`;
}
