"""PyTorch's side of ThroughputBenchmark (exercise 04): the same network, data, batch size and work as
MiniBatchSgd.train.

A 784 -> H -> 10 ReLU network (two nn.Linear layers with PyTorch's default initialization, which
Parameters.initialize copies) with cross_entropy (reduction='mean'), on the 60,000 Fashion-MNIST training images as
float32 in [0, 1], trained by torch.optim.SGD(lr) without weight decay: a warm-up epoch, then a timed run of the
given epochs, each drawing a fresh permutation, cutting it into batches (the last one smaller), gathering each
batch's rows and taking one step per batch, as MiniBatchSgd.train does.
Prints "seconds_per_epoch=<wall-clock seconds of the timed run / epochs>".

Usage: two_layer_network_throughput.py --batch-size 64 --epochs 2 --threads 2 [--hidden 100] [--lr 0.1] [--data DIR]
"""
import argparse
import gzip
import time

import numpy as np
import torch


def read(path, offset):
    with gzip.open(path) as f:
        return np.frombuffer(f.read(), np.uint8, offset=offset)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch-size", type=int, required=True)
    parser.add_argument("--epochs", type=int, required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--hidden", type=int, default=100)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    x = torch.from_numpy(read(args.data + "/train-images-idx3-ubyte.gz", 16).reshape(-1, 784).astype(np.float32) / 255)
    y = torch.from_numpy(read(args.data + "/train-labels-idx1-ubyte.gz", 8).astype(np.int64))
    model = torch.nn.Sequential(torch.nn.Linear(784, args.hidden), torch.nn.ReLU(), torch.nn.Linear(args.hidden, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr)
    n = x.shape[0]

    def epoch():
        order = torch.randperm(n)
        for begin in range(0, n, args.batch_size):
            rows = order[begin:begin + args.batch_size]
            optimizer.zero_grad()
            batch_loss = torch.nn.functional.cross_entropy(model(x[rows]), y[rows])
            batch_loss.backward()
            optimizer.step()

    epoch()
    start = time.perf_counter()
    for _ in range(args.epochs):
        epoch()
    print(f"seconds_per_epoch={(time.perf_counter() - start) / args.epochs:.6f}", flush=True)


if __name__ == "__main__":
    main()
