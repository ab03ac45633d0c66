#!/usr/bin/python3
"""Reference trajectories for `gradscope-cli optimize` (DESIGN.md 4.4), computed with
torch.optim (torch 1.13) in float64 on the exact surface formulas, gradients by autograd.

Run:  /usr/bin/python3 tests/reference/optimize_reference.py > tests/data/optimize_reference.json
The test tests/cli/optimizetest.cpp runs the CLI on every case and compares to 1e-6 relative.
Each case's "args" are the CLI's hyperparameter flags; to_torch() maps them to torch's kwargs.
"""
import json

import torch

torch.set_default_dtype(torch.float64)

SURFACES = {
    "quadratic": lambda x, y: 0.5 * (x ** 2 + 10 * y ** 2),
    "rosenbrock": lambda x, y: (1 - x) ** 2 + 100 * (y - x ** 2) ** 2,
    "beale": lambda x, y: (1.5 - x + x * y) ** 2 + (2.25 - x + x * y ** 2) ** 2
    + (2.625 - x + x * y ** 3) ** 2,
    "himmelblau": lambda x, y: (x ** 2 + y - 11) ** 2 + (x + y ** 2 - 7) ** 2,
    "saddle": lambda x, y: x ** 2 - y ** 2,
}

# (optimizer as the CLI names it, surface, CLI flags, start); 20 steps each.
CASES = [
    ("sgd", "quadratic", ["--lr", "0.05"], (-3.5, 1.5)),
    ("sgd", "saddle", ["--lr", "0.1"], (-1.5, 0.01)),
    ("sgd", "himmelblau", ["--lr", "0.01", "--momentum", "0.5", "--dampening", "0.3",
                           "--weight-decay", "0.01"], (0.0, 0.0)),
    ("sgd", "beale", [], (1.0, 1.5)),
    ("momentum", "rosenbrock", ["--lr", "0.001"], (-1.2, 1.0)),
    ("nesterov", "quadratic", ["--lr", "0.05"], (-3.5, 1.5)),
    ("sgd", "himmelblau", ["--lr", "0.01", "--momentum", "0.8", "--nesterov"], (-1.0, -1.0)),
    ("adagrad", "beale", ["--lr", "0.5"], (1.0, 1.5)),
    ("adagrad", "quadratic", ["--weight-decay", "0.1", "--eps", "1e-3"], (-3.5, 1.5)),
    ("adadelta", "himmelblau", [], (0.0, 0.0)),
    ("adadelta", "quadratic", ["--lr", "2", "--rho", "0.95", "--eps", "1e-4"], (-3.5, 1.5)),
    ("rmsprop", "rosenbrock", ["--lr", "0.01"], (-1.2, 1.0)),
    ("rmsprop", "saddle", ["--lr", "0.01", "--alpha", "0.9", "--momentum", "0.5", "--centered"],
     (-1.5, 0.01)),
    ("adam", "rosenbrock", ["--lr", "0.1"], (-1.2, 1.0)),
    ("adam", "beale", ["--lr", "0.05", "--betas", "0.8,0.99", "--amsgrad"], (1.0, 1.5)),
    ("adam", "himmelblau", ["--lr", "0.1", "--weight-decay", "0.05"], (0.0, 0.0)),
    ("adamw", "quadratic", ["--lr", "0.1", "--weight-decay", "0.1"], (-3.5, 1.5)),
    ("adamw", "rosenbrock", ["--lr", "0.05", "--amsgrad"], (-1.2, 1.0)),
    ("adamax", "himmelblau", ["--lr", "0.1"], (0.0, 0.0)),
    ("adamax", "saddle", ["--betas", "0.5,0.9", "--eps", "1e-6"], (-1.5, 0.01)),
    ("nadam", "saddle", ["--lr", "0.05"], (-1.5, 0.01)),
    ("nadam", "rosenbrock", [], (-1.2, 1.0)),
    ("nadam", "beale", ["--lr", "0.02", "--weight-decay", "0.01", "--betas", "0.95,0.9"],
     (1.0, 1.5)),
]

STEPS = 20


def to_torch(optimizer, args):
    """The torch.optim class and kwargs for a CLI optimizer name and flags."""
    kwargs = {}
    name = optimizer
    if optimizer in ("momentum", "nesterov"):
        name = "sgd"
        kwargs["momentum"] = 0.9
        kwargs["nesterov"] = optimizer == "nesterov"
    i = 0
    while i < len(args):
        flag = args[i]
        if flag in ("--nesterov", "--amsgrad", "--centered"):
            kwargs[flag[2:]] = True
            i += 1
            continue
        value = args[i + 1]
        i += 2
        if flag == "--betas":
            kwargs["betas"] = tuple(float(v) for v in value.split(","))
        else:
            kwargs[flag[2:].replace("-", "_")] = float(value)
    if name == "sgd" and "lr" not in kwargs:
        kwargs["lr"] = 0.01  # gradscope's sgd default (torch.optim.SGD has none)
    classes = {"sgd": torch.optim.SGD, "adagrad": torch.optim.Adagrad,
               "adadelta": torch.optim.Adadelta, "rmsprop": torch.optim.RMSprop,
               "adam": torch.optim.Adam, "adamw": torch.optim.AdamW,
               "adamax": torch.optim.Adamax, "nadam": torch.optim.NAdam}
    return classes[name], kwargs


def trajectory(surface, optimizer, args, start):
    f = SURFACES[surface]
    x = torch.tensor(start[0], requires_grad=True)
    y = torch.tensor(start[1], requires_grad=True)
    cls, kwargs = to_torch(optimizer, args)
    opt = cls([x, y], **kwargs)
    points = [[x.item(), y.item(), f(x, y).item()]]
    for _ in range(STEPS):
        opt.zero_grad()
        f(x, y).backward()
        opt.step()
        with torch.no_grad():
            points.append([x.item(), y.item(), f(x, y).item()])
    return points


def main():
    cases = []
    for optimizer, surface, args, start in CASES:
        cases.append({"optimizer": optimizer, "surface": surface, "args": args,
                      "start": list(start), "steps": STEPS,
                      "trajectory": trajectory(surface, optimizer, args, start)})
    print(json.dumps({"generator": "tests/reference/optimize_reference.py, torch "
                      + torch.__version__ + ", float64", "cases": cases}, indent=1))


if __name__ == "__main__":
    main()
