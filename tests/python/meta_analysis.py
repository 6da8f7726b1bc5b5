"""Computes effect sizes and pooled estimates with statsmodels, for the read-back test of evigraph's meta-analysis
(tests/unit/meta-analysis-statsmodels.test.ts), and prints them as JSON.

usage: python3 meta_analysis.py FILE   # FILE: JSON {"proportions": [...], "means": [...], "pools": [...]}, each a list
  proportions: count1, nobs1, count2, nobs2 (lists), zeroCorrection (null or a number)
               -> statsmodels effectsize_2proportions for risk-ratio, odds-ratio and diff
  means: mean1, sd1, nobs1, mean2, sd2, nobs2 (lists) -> statsmodels effectsize_smd
  pools: effect, variance (lists) -> statsmodels combine_effects with method_re "chi2" (DerSimonian-Laird)
One file holds many tasks because importing statsmodels takes seconds.
"""
import json
import sys

import numpy as np
from statsmodels.stats.meta_analysis import combine_effects, effectsize_2proportions, effectsize_smd


def listed(pair):
    eff, var = pair
    return {"effect": np.asarray(eff, dtype=float).tolist(), "variance": np.asarray(var, dtype=float).tolist()}


def proportions(p):
    args = [np.asarray(p[key], dtype=float) for key in ("count1", "nobs1", "count2", "nobs2")]
    return {
        statistic: listed(effectsize_2proportions(*args, statistic=statistic, zero_correction=p["zeroCorrection"]))
        for statistic in ("risk-ratio", "odds-ratio", "diff")
    }


def means(m):
    args = [np.asarray(m[key], dtype=float) for key in ("mean1", "sd1", "nobs1", "mean2", "sd2", "nobs2")]
    return listed(effectsize_smd(*args))


def combined(e):
    res = combine_effects(np.asarray(e["effect"], dtype=float), np.asarray(e["variance"], dtype=float), method_re="chi2")
    ci_fe, ci_re, _, _ = res.conf_int(alpha=0.05, use_t=False)
    _, _, _, ci_re_hksj = res.conf_int(alpha=0.05, use_t=True)
    homogeneity = res.test_homogeneity()
    return {
        "fe": {"estimate": res.mean_effect_fe, "se": res.sd_eff_w_fe, "lower": ci_fe[0], "upper": ci_fe[1]},
        "dl": {"estimate": res.mean_effect_re, "se": res.sd_eff_w_re, "lower": ci_re[0], "upper": ci_re[1], "tau2": res.tau2},
        "dlHksj": {"se": res.sd_eff_w_re_hksj, "lower": ci_re_hksj[0], "upper": ci_re_hksj[1], "df": res.df_resid},
        "q": res.q,
        "qPValue": homogeneity.pvalue,
        "i2": res.i2,
        "h2": res.h2,
    }


def main(path):
    with open(path, encoding="utf-8") as f:
        task = json.load(f)
    out = {
        "proportions": [proportions(p) for p in task.get("proportions", [])],
        "means": [means(m) for m in task.get("means", [])],
        "pools": [combined(e) for e in task.get("pools", [])],
    }
    json.dump(out, sys.stdout, default=float)


if __name__ == "__main__":
    main(sys.argv[1])
