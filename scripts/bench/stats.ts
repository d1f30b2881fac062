// Percentiles for the benchmark's figures (nearest-rank, as performance budgets are usually stated).
export interface Summary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly mean: number;
  readonly values: readonly number[];
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) return { count: 0, p50: 0, p95: 0, max: 0, mean: 0, values: [] };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    count: sorted.length,
    p50: round(rank(0.5)),
    p95: round(rank(0.95)),
    max: round(sorted[sorted.length - 1]!),
    mean: round(sorted.reduce((total, value) => total + value, 0) / sorted.length),
    values: values.map(round),
  };
}
