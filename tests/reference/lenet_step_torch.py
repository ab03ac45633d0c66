#!/usr/bin/python3
"""PyTorch's time for the step tests/bench/trainbench.cpp measures: LeNet-5 as the lenet5
preset (conv 6@5x5 pad 2, ReLU, maxpool 2, conv 16@5x5, ReLU, maxpool 2, conv 120@5x5, ReLU,
flatten, dense 84, ReLU, dense 10), batch 64 of 1x28x28, cross-entropy, SGD lr 0.01 momentum
0.9; median of 200 steps after 20 warm-up steps, for 1 and 2 threads: wall time, and the
process CPU time (what Google Benchmark's CPU column shows; the honest figure on a busy machine).
Run:  /usr/bin/python3 tests/reference/lenet_step_torch.py
"""
import statistics
import time

import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 120, 5), nn.ReLU(), nn.Flatten(),
    nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))
assert sum(p.numel() for p in model.parameters()) == 61706
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
loss_fn = nn.CrossEntropyLoss()
x = torch.rand(64, 1, 28, 28)
y = torch.randint(0, 10, (64,))

for threads in (1, 2):
    torch.set_num_threads(threads)
    times, cpu = [], []
    for i in range(220):
        start = time.perf_counter()
        start_cpu = time.process_time()
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
        if i >= 20:
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    print("torch %s, %d thread(s): median %.3f ms wall, %.3f ms CPU per LeNet-5 step (batch 64)"
          % (torch.__version__, threads, 1000 * statistics.median(times),
             1000 * statistics.median(cpu)))
