/**
 * The normal quantile used for every 95% interval of the product: z = 1.959964
 * (spec `metrics.md`: "95%, z = 1.959964"; Φ⁻¹(0.975) = 1.95996398…).
 *
 * @example wilsonInterval(7, 10, Z95)
 */
export const Z95 = 1.959964;
