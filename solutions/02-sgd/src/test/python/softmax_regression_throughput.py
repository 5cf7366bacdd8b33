"""PyTorch's side of ThroughputBenchmark: the same model, data, batch size and work as MiniBatchTrainer.

Softmax regression (nn.Linear(784, 10) from zero weights, cross_entropy with reduction='mean') on the 60,000
Fashion-MNIST training images as float32 in [0, 1], trained by torch.optim.SGD(lr): a warm-up epoch, then a timed
run of the given epochs that, as MiniBatchTrainer, evaluates the mean loss over the whole training set before
training and after every epoch, and in every epoch draws a fresh permutation, gathers the images once, cuts them
into batches (the last one smaller) and takes one step per batch.
Prints "seconds_per_epoch=<wall-clock seconds of the timed run / epochs>".

Usage: softmax_regression_throughput.py --batch-size 128 --epochs 3 --threads 2 [--lr 0.1] [--data DIR]
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
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    x = torch.from_numpy(read(args.data + "/train-images-idx3-ubyte.gz", 16).reshape(-1, 784).astype(np.float32) / 255)
    y = torch.from_numpy(read(args.data + "/train-labels-idx1-ubyte.gz", 8).astype(np.int64))
    model = torch.nn.Linear(784, 10)
    torch.nn.init.zeros_(model.weight)
    torch.nn.init.zeros_(model.bias)
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr)
    n = x.shape[0]

    def loss():
        with torch.no_grad():
            return torch.nn.functional.cross_entropy(model(x), y).item()

    def epoch():
        order = torch.randperm(n)
        shuffled_x, shuffled_y = x[order], y[order]
        for begin in range(0, n, args.batch_size):
            optimizer.zero_grad()
            batch_loss = torch.nn.functional.cross_entropy(model(shuffled_x[begin:begin + args.batch_size]),
                                                           shuffled_y[begin:begin + args.batch_size])
            batch_loss.backward()
            optimizer.step()

    loss()
    epoch()
    loss()
    start = time.perf_counter()
    loss()
    for _ in range(args.epochs):
        epoch()
        loss()
    print(f"seconds_per_epoch={(time.perf_counter() - start) / args.epochs:.6f}", flush=True)

if __name__ == "__main__":
    main()
