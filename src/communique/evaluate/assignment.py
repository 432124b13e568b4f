"""Maximum-weight one-to-one assignment (Kuhn-Munkres, O(n^3)): realnews matching and ECB+'s CEAF use it."""

from __future__ import annotations

import math
from collections.abc import Sequence


def max_weight_pairs(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Row/column pairs of a maximum-weight one-to-one assignment (Hungarian algorithm); pairs of weight 0 are
    not allowed and never returned."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    n = max(rows, cols)
    if n == 0:
        return []
    cost = [[-(weights[i][j] if i < rows and j < cols else 0.0) for j in range(n)] for i in range(n)]
    big = math.inf
    u, v, owner, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [big] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], big, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, n + 1) if owner[j]]
    return sorted((i, j) for i, j in pairs if i < rows and j < cols and weights[i][j] > 0)


def max_weight_total(weights: Sequence[Sequence[float]]) -> float:
    """The total weight of a maximum-weight assignment."""
    return float(sum(weights[i][j] for i, j in max_weight_pairs(weights)))


__all__ = ["max_weight_pairs", "max_weight_total"]
