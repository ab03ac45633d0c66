#!/usr/bin/python3
# PyTorch twin of layersbench.cpp: LeNet-5 (28×28, C1 padded by 2) forward + backward at batch 64
# on one thread, median of 5 runs of 50 steps. Run with Debian's python3-torch:
#   /usr/bin/python3 tests/bench/layersbench_torch.py
import statistics
import time

import torch

torch.set_num_threads(1)
torch.manual_seed(0)


def lenet(act):
    return torch.nn.Sequential(
        torch.nn.Conv2d(1, 6, 5, padding=2), act(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(6, 16, 5), act(), torch.nn.MaxPool2d(2), torch.nn.Flatten(),
        torch.nn.Linear(400, 120), act(), torch.nn.Linear(120, 84), act(),
        torch.nn.Linear(84, 10))


x = torch.rand(64, 1, 28, 28) * 2 - 1
g = torch.rand(64, 10) * 2 - 1
for name, act in (("relu", torch.nn.ReLU), ("tanh", torch.nn.Tanh)):
    net = lenet(act)
    for backward in (True, False):
        times = []
        for _ in range(5):
            start = time.process_time()
            for _ in range(50):
                net.zero_grad(set_to_none=True)
                y = net(x)
                if backward:
                    y.backward(g)
            times.append((time.process_time() - start) / 50 * 1e3)
        print(f"torch LeNet-5 {'forward+backward' if backward else 'forward'} {name}: "
              f"{statistics.median(times):.2f} ms CPU per step")
