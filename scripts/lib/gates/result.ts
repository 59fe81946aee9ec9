// What every gate returns: whether it passed and, when not, what it found (one line each).
export interface GateResult {
  passed: boolean;
  findings: string[];
}

export const passed = (): GateResult => ({ passed: true, findings: [] });
export const failed = (findings: string[]): GateResult => ({ passed: findings.length === 0, findings });
