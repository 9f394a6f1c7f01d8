/**
 * GitHub Actions expressions (`${{ … }}`), evaluated as the runner does for the forms Gantry's workflows
 * use: literals (`'text'` with `''` for a quote, numbers, true, false, null), contexts and property
 * access (`needs.gantry.outputs.scan`, names may hold `-`), index access (`fromJSON(x)[matrix.key]`),
 * `! == != && ||` and parentheses, and the functions fromJSON, toJSON, startsWith, endsWith, contains,
 * format, always, success, failure, cancelled. `&&`/`||` return an operand (not a boolean), `==`
 * compares strings case-insensitively and other types after converting to numbers, as GitHub does.
 * Anything else (an unknown function, an operator it does not know) throws rather than guessing.
 * test/unit/workflows/workflow-expr.test.ts checks it.
 */

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export interface JobStatus {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
}
export interface ExprContext {
  contexts: Record<string, Value>;
  status?: JobStatus;
}

type Token = { kind: 'str' | 'num' | 'name' | 'op'; text: string };

const TOKEN = /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_-]*)|(==|!=|&&|\|\||[!.[\](),]))/y;

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expr.length) {
    if (/^\s*$/.test(expr.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expr);
    if (m === null) throw new Error(`expression not understood at ${at}: ${expr}`);
    if (m[1] !== undefined) tokens.push({ kind: 'str', text: m[1].slice(1, -1).replaceAll("''", "'") });
    else if (m[2] !== undefined) tokens.push({ kind: 'num', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'name', text: m[3] });
    else tokens.push({ kind: 'op', text: m[4] as string });
  }
  return tokens;
}

export function truthy(v: Value): boolean {
  if (v === null || v === false || v === '' || v === 0) return false;
  return !(typeof v === 'number' && Number.isNaN(v));
}

const toNumber = (v: Value): number => {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return Number.NaN;
};

export function looseEquals(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  const isObject = (v: Value) => typeof v === 'object' && v !== null;
  if (isObject(a) || isObject(b)) return a === b;
  if (typeof a === typeof b) return a === b;
  return toNumber(a) === toNumber(b);
}

/** A value as text, as the runner pastes it into a string. */
export function toText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v, null, 2);
  return String(v);
}

function property(target: Value, key: Value): Value {
  if (target === null || typeof target !== 'object') return null;
  if (Array.isArray(target)) return typeof key === 'number' ? (target[key] ?? null) : null;
  return target[toText(key)] ?? null;
}

function call(name: string, args: Value[], ctx: ExprContext): Value {
  const status = ctx.status ?? { success: true, failure: false, cancelled: false };
  const text = (i: number) => toText(args[i] ?? null);
  switch (name.toLowerCase()) {
    case 'fromjson':
      return JSON.parse(text(0)) as Value;
    case 'tojson':
      return JSON.stringify(args[0] ?? null, null, 2);
    case 'startswith':
      return text(0).toLowerCase().startsWith(text(1).toLowerCase());
    case 'endswith':
      return text(0).toLowerCase().endsWith(text(1).toLowerCase());
    case 'contains': {
      const hay = args[0] ?? null;
      if (Array.isArray(hay)) return hay.some((item) => looseEquals(item, args[1] ?? null));
      return text(0).toLowerCase().includes(text(1).toLowerCase());
    }
    case 'format':
      return text(0).replace(/\{(\d+)\}/g, (_m, i: string) => text(Number(i) + 1));
    case 'always':
      return true;
    case 'success':
      return status.success;
    case 'failure':
      return status.failure;
    case 'cancelled':
      return status.cancelled;
    default:
      throw new Error(`function ${name}() is not known to this evaluator`);
  }
}

class Parser {
  private i = 0;
  /** Above 0 while parsing an operand that is not evaluated. */
  private dry = 0;
  private readonly tokens: Token[];
  private readonly ctx: ExprContext;
  private readonly source: string;
  constructor(tokens: Token[], ctx: ExprContext, source: string) {
    this.tokens = tokens;
    this.ctx = ctx;
    this.source = source;
  }

  parse(): Value {
    const v = this.or();
    if (this.i !== this.tokens.length) throw new Error(`unexpected ${this.peek()?.text} in ${this.source}`);
    return v;
  }
  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private eat(text: string): boolean {
    const t = this.peek();
    if (t?.kind === 'op' && t.text === text) {
      this.i++;
      return true;
    }
    return false;
  }
  private expect(text: string): void {
    if (!this.eat(text)) throw new Error(`expected ${text} in ${this.source}`);
  }
  /** Parses the operand without evaluating it (the other side decided: `&&`/`||` short-circuit). */
  private skip<T>(parse: () => T): void {
    this.dry++;
    parse();
    this.dry--;
  }
  private or(): Value {
    let left = this.and();
    while (this.eat('||')) {
      if (truthy(left)) this.skip(() => this.and());
      else left = this.and();
    }
    return left;
  }
  private and(): Value {
    let left = this.equality();
    while (this.eat('&&')) {
      if (truthy(left)) left = this.equality();
      else this.skip(() => this.equality());
    }
    return left;
  }
  private equality(): Value {
    let left = this.unary();
    for (;;) {
      if (this.eat('==')) left = looseEquals(left, this.unary());
      else if (this.eat('!=')) left = !looseEquals(left, this.unary());
      else return left;
    }
  }
  private unary(): Value {
    if (this.eat('!')) return !truthy(this.unary());
    return this.postfix(this.primary());
  }
  private postfix(value: Value): Value {
    let v = value;
    for (;;) {
      if (this.eat('.')) {
        const name = this.tokens[this.i++];
        if (name?.kind !== 'name') throw new Error(`expected a property name in ${this.source}`);
        v = property(v, name.text);
      } else if (this.eat('[')) {
        const key = this.or();
        this.expect(']');
        v = property(v, key);
      } else return v;
    }
  }
  private primary(): Value {
    const t = this.tokens[this.i++];
    if (t === undefined) throw new Error(`unexpected end of ${this.source}`);
    if (t.kind === 'str') return t.text;
    if (t.kind === 'num') return Number(t.text);
    if (t.kind === 'op') {
      if (t.text !== '(') throw new Error(`unexpected ${t.text} in ${this.source}`);
      const v = this.or();
      this.expect(')');
      return v;
    }
    if (t.text === 'true' || t.text === 'false') return t.text === 'true';
    if (t.text === 'null') return null;
    if (this.eat('(')) {
      const args: Value[] = [];
      if (!this.eat(')')) {
        do args.push(this.or());
        while (this.eat(','));
        this.expect(')');
      }
      return this.dry > 0 ? null : call(t.text, args, this.ctx);
    }
    if (this.dry > 0) return null;
    if (!(t.text in this.ctx.contexts)) throw new Error(`unknown context ${t.text} in ${this.source}`);
    return this.ctx.contexts[t.text] ?? null;
  }
}

/** Evaluates one expression (the text between `${{` and `}}`, or an `if:` without them). */
export function evaluate(expr: string, ctx: ExprContext): Value {
  return new Parser(tokenize(expr), ctx, expr).parse();
}

const ONE_EXPRESSION = /^\s*\$\{\{((?:(?!\}\}).)*)\}\}\s*$/s;

/**
 * A workflow value with `${{ }}` in it: a value that is only one expression keeps its type (an array for
 * `matrix.include`), otherwise each expression is pasted in as text.
 */
export function evaluateTemplate(template: unknown, ctx: ExprContext): Value {
  if (typeof template !== 'string') return (template ?? null) as Value;
  const whole = ONE_EXPRESSION.exec(template);
  if (whole) return evaluate(whole[1] as string, ctx);
  return template.replace(/\$\{\{((?:(?!\}\}).)*)\}\}/gs, (_m, expr: string) => toText(evaluate(expr, ctx)));
}

/** Whether a condition names a status function (then GitHub does not add `success() &&`). */
export const hasStatusFunction = (condition: string): boolean =>
  /\b(?:always|success|failure|cancelled)\(\)/.test(condition);

/** An `if:` as GitHub evaluates it: `${{ }}` optional, `success() && (…)` implied without a status function. */
export function evaluateCondition(condition: unknown, ctx: ExprContext): boolean {
  if (condition === undefined || condition === null || condition === '') return ctx.status?.success ?? true;
  if (typeof condition === 'boolean') return condition;
  const text = String(condition).trim();
  const expr = ONE_EXPRESSION.exec(text)?.[1] ?? text;
  const implied = hasStatusFunction(expr) ? expr : `success() && (${expr})`;
  return truthy(evaluate(implied, ctx));
}
