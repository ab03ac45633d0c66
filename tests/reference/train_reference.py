#!/usr/bin/python3
"""Reference losses for `gradscope-cli train`, computed with PyTorch (Debian's python3-torch 1.13).

For each case this writes tests/data/train_<case>.json holding a model file with its weights
(drawn by torch's own default initialisers), a data file {"x", "y"}, the command-line options,
and the loss torch reports at every step when training the same model on the same data with
the same optimizer, no shuffling and a fixed batch (slices in data order, the last one of an
epoch shorter, the next epoch from sample 0). tests/cli/traintest.cpp runs the CLI on every
case and compares the losses to 1e-5 relative.

Run:  /usr/bin/python3 tests/reference/train_reference.py   (from the repository root)
Dropout is the one layer without a case: its mask comes from a different random generator.
"""
import json
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(1)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


class Residual(nn.Module):
    def __init__(self, inner, projection):
        super().__init__()
        self.inner = inner
        self.projection = projection

    def forward(self, x):
        shortcut = x if self.projection is None else self.projection(x)
        return self.inner(x) + shortcut


def pad_arg(p):
    return p if isinstance(p, int) else 0


def build(layers, shape):
    """torch modules for our layer list; fills weights into the JSON. Returns (module, shape)."""
    modules = []
    for spec in layers:
        t = spec["type"]
        if t == "dense":
            m = nn.Linear(shape[0], spec["out"])
            spec["weight"] = m.weight.detach().tolist()
            spec["bias"] = m.bias.detach().tolist()
            shape = [spec["out"]]
        elif t == "conv2d":
            c, h, w = shape
            k, s = spec["kernel"], spec.get("stride", 1)
            d, p = spec.get("dilation", 1), spec.get("padding", 0)
            m = nn.Conv2d(c, spec["out_channels"], k, stride=s, padding=pad_arg(p), dilation=d)
            spec["weight"] = m.weight.detach().tolist()
            spec["bias"] = m.bias.detach().tolist()
            if isinstance(p, list):  # [T, B, L, R]
                m = nn.Sequential(nn.ZeroPad2d((p[2], p[3], p[0], p[1])), m)
                pt, pb, pl, pr = p
            else:
                pt = pb = pl = pr = p
            ke = d * (k - 1) + 1
            shape = [spec["out_channels"], (h + pt + pb - ke) // s + 1, (w + pl + pr - ke) // s + 1]
        elif t in ("maxpool2d", "avgpool2d"):
            k = spec["kernel"]
            s = spec.get("stride", k)
            p = spec.get("padding", 0)
            m = (nn.MaxPool2d if t == "maxpool2d" else nn.AvgPool2d)(k, stride=s, padding=p)
            shape = [shape[0], (shape[1] + 2 * p - k) // s + 1, (shape[2] + 2 * p - k) // s + 1]
        elif t == "flatten":
            m = nn.Flatten()
            n = 1
            for v in shape:
                n *= v
            shape = [n]
        elif t == "relu":
            m = nn.ReLU()
        elif t == "leaky_relu":
            m = nn.LeakyReLU(spec["slope"])
        elif t == "sigmoid":
            m = nn.Sigmoid()
        elif t == "tanh":
            m = nn.Tanh()
        elif t == "elu":
            m = nn.ELU(spec["alpha"])
        elif t == "softmax":
            m = nn.Softmax(dim=1)
        elif t == "batchnorm":
            m = (nn.BatchNorm1d if len(shape) == 1 else nn.BatchNorm2d)(shape[0])
        elif t == "residual":
            inner, inner_shape = build(spec["layers"], shape)
            projection = None
            if "projection" in spec:
                projection, _ = build([spec["projection"]], shape)
                spec["projection"] = spec["projection"]
            m = Residual(inner, projection)
            shape = inner_shape
        else:
            raise ValueError(t)
        modules.append(m)
    return nn.Sequential(*modules), shape


def msle(p, y):
    return ((torch.log1p(p) - torch.log1p(y)) ** 2).mean()


def mape(p, y):
    return 100 * ((p - y).abs() / y.abs().clamp(min=1e-7)).mean()


def exponential(p, y):
    return torch.exp(-y * p).mean()


LOSSES = {
    "mse": nn.MSELoss(), "mae": nn.L1Loss(), "huber": nn.HuberLoss(delta=1.0),
    "smooth_l1": nn.SmoothL1Loss(beta=1.0), "msle": msle, "mape": mape, "bce": nn.BCELoss(),
    "bce_with_logits": nn.BCEWithLogitsLoss(), "nll": nn.NLLLoss(),
    "cross_entropy": nn.CrossEntropyLoss(), "hinge": nn.MultiMarginLoss(margin=1.0),
    "exponential": exponential,
}
CLASS_LOSSES = ("nll", "cross_entropy", "hinge")


def optimizer(params, o):
    n = o["name"]
    kw = {k: v for k, v in o.items() if k != "name"}
    table = {"sgd": torch.optim.SGD, "adagrad": torch.optim.Adagrad, "adadelta": torch.optim.Adadelta,
             "rmsprop": torch.optim.RMSprop, "adam": torch.optim.Adam, "adamw": torch.optim.AdamW,
             "adamax": torch.optim.Adamax, "nadam": torch.optim.NAdam}
    return table[n](params, **kw)


def cli_args(o):
    args = ["--optimizer", o["name"]]
    names = {"lr": "--lr", "momentum": "--momentum", "dampening": "--dampening",
             "weight_decay": "--weight-decay", "eps": "--eps", "alpha": "--alpha", "rho": "--rho"}
    for k, v in o.items():
        if k in names:
            args += [names[k], repr(v)]
        elif k == "betas":
            args += ["--betas", "%r,%r" % v]
        elif k in ("nesterov", "amsgrad", "centered") and v:
            args.append("--" + k)
    return args


def case(name, layers, input_shape, loss, opt, targets, n=12, batch=5, steps=8, seed=0,
         positive_x=False):
    """targets: ("classes", C) (class indices) | ("onehot", C) (one-hot target vectors) |
    ("values", width, kind) with kind in normal / positive / binary / sign / probability."""
    torch.manual_seed(seed)
    model, out_shape = build(layers, list(input_shape))
    x = torch.randn([n] + list(input_shape))
    if positive_x:
        x = x.abs()
    if targets[0] in ("classes", "onehot"):
        y = torch.arange(n) % targets[1]
        y_torch = y if targets[0] == "classes" else F.one_hot(y, targets[1]).float()
        y_json = y_torch.tolist()
    else:
        width, kind = targets[1], targets[2]
        y = torch.randn(n, width)
        if kind == "positive":
            y = y.abs() + 0.5
        elif kind == "binary":
            y = (y > 0).float()
        elif kind == "sign":
            y = torch.sign(y)
        elif kind == "probability":
            y = torch.sigmoid(y)
        y_json = y.tolist()
        y_torch = y
    # Written before training: the weights are the initial ones.
    document = {"input": list(input_shape), "layers": layers}
    opt_torch = optimizer(model.parameters(), opt)
    loss_fn = LOSSES[loss]
    losses = []
    position = 0
    b = n if batch == "full" else batch
    model.train()
    for _ in range(steps):
        end = min(n, position + b)
        out = model(x[position:end])
        value = loss_fn(out, y_torch[position:end])
        opt_torch.zero_grad()
        value.backward()
        opt_torch.step()
        losses.append(value.item())
        position = 0 if end >= n else end
    args = ["--loss", loss] + cli_args(opt) + ["--batch", str(batch), "--steps", str(steps),
                                                "--no-shuffle"]
    with open(os.path.join(OUT, "train_%s.json" % name), "w") as f:
        json.dump({"case": name, "model": document, "data": {"x": x.tolist(), "y": y_json},
                   "args": args, "losses": losses}, f)
    print(name, ["%.6g" % v for v in losses[:3]], "...")


def dense(out):
    return {"type": "dense", "out": out}


def act(t, **kw):
    return dict({"type": t}, **kw)


def conv(out, k, **kw):
    return dict({"type": "conv2d", "out_channels": out, "kernel": k}, **kw)


case("mse_sgd_momentum", [dense(6), act("tanh"), dense(2)], [3], "mse",
     {"name": "sgd", "lr": 0.1, "momentum": 0.9}, ("values", 2, "normal"))
case("mae_sgd_nesterov", [dense(6), act("relu"), dense(2)], [3], "mae",
     {"name": "sgd", "lr": 0.05, "momentum": 0.8, "nesterov": True, "weight_decay": 0.01},
     ("values", 2, "normal"))
case("huber_adagrad", [dense(5), act("sigmoid"), dense(2)], [4], "huber",
     {"name": "adagrad", "lr": 0.1}, ("values", 2, "normal"), batch="full")
case("smooth_l1_adadelta", [dense(5), act("elu", alpha=0.5), dense(3)], [3], "smooth_l1",
     {"name": "adadelta", "lr": 1.0, "rho": 0.8}, ("values", 3, "normal"), batch=1, steps=14)
case("msle_rmsprop_centered", [dense(5), act("tanh"), dense(2), act("sigmoid")], [3], "msle",
     {"name": "rmsprop", "lr": 0.01, "alpha": 0.9, "momentum": 0.5, "centered": True},
     ("values", 2, "positive"))
case("mape_adam", [dense(6), act("leaky_relu", slope=0.1), dense(2)], [3], "mape",
     {"name": "adam", "lr": 0.01, "betas": (0.8, 0.99), "weight_decay": 0.01},
     ("values", 2, "positive"))
case("bce_adamw", [dense(6), act("tanh"), dense(1), act("sigmoid")], [4], "bce",
     {"name": "adamw", "lr": 0.02, "weight_decay": 0.05}, ("values", 1, "binary"))
case("bce_with_logits_adamax", [dense(6), act("relu"), dense(2)], [4], "bce_with_logits",
     {"name": "adamax", "lr": 0.02}, ("values", 2, "probability"))
case("nll_nadam", [dense(6), act("tanh"), dense(3)], [4], "nll",
     {"name": "nadam", "lr": 0.01}, ("classes", 3))
case("cross_entropy_conv_maxpool", [conv(3, 3, padding=1), act("relu"), act("maxpool2d", kernel=2),
                                    conv(4, 2, stride=1), act("relu"), act("flatten"), dense(3)],
     [1, 6, 6], "cross_entropy", {"name": "sgd", "lr": 0.05, "momentum": 0.9, "dampening": 0.1},
     ("classes", 3))
case("hinge_conv_stride_dilation_avgpool",
     [conv(2, 3, stride=2, dilation=2, padding=2), act("tanh"),
      act("avgpool2d", kernel=2, padding=1), act("flatten"), dense(3)],
     [2, 9, 9], "hinge", {"name": "rmsprop", "lr": 0.01}, ("classes", 3))
case("cross_entropy_conv_asymmetric_padding", [conv(2, 3, padding=[1, 0, 2, 1]), act("relu"),
                                               act("flatten"), dense(2)],
     [1, 5, 5], "cross_entropy", {"name": "adam", "lr": 0.01, "amsgrad": True}, ("classes", 2))
case("exponential_batchnorm1d", [dense(5), act("batchnorm"), act("relu"), dense(1)], [3],
     "exponential", {"name": "adam", "lr": 0.01, "amsgrad": True}, ("values", 1, "sign"))
case("mse_onehot_batchnorm2d_softmax", [conv(3, 3, padding=1), act("batchnorm"), act("relu"),
                                        act("flatten"), dense(3), act("softmax")],
     [1, 4, 4], "mse", {"name": "sgd", "lr": 0.5, "weight_decay": 0.001}, ("onehot", 3))
case("cross_entropy_residual",
     [dense(4), act("relu"),
      {"type": "residual", "layers": [dense(4), act("tanh"), dense(4)]},
      {"type": "residual", "layers": [dense(3), act("relu"), dense(3)], "projection": dense(3)},
      dense(2)],
     [3], "cross_entropy", {"name": "adam", "lr": 0.01}, ("classes", 2))
