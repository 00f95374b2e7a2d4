// Statistics of the benchmark samples: quantiles and interleaved ratios.

/** The q-quantile (0..1) of `values`, linear between the nearest ranks. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** Count, min, p10, median, p90, max and mean of `values`. */
export function summary(values) {
  return {
    n: values.length,
    min: Math.min(...values),
    p10: quantile(values, 0.1),
    median: quantile(values, 0.5),
    p90: quantile(values, 0.9),
    max: Math.max(...values),
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
  };
}

/**
 * The ratio of two interleaved series measured round by round: the median of the per-round
 * ratios (each round's pair ran back to back, so slow spells of the machine cancel out), and,
 * for reference, the ratio of the two medians.
 */
export function interleavedRatio(measured, baseline) {
  const perRound = measured.map((m, i) => m / baseline[i]);
  return {
    median: quantile(perRound, 0.5),
    p10: quantile(perRound, 0.1),
    p90: quantile(perRound, 0.9),
    ofMedians: quantile(measured, 0.5) / quantile(baseline, 0.5),
  };
}
