"""Writes pytorch-sgd-options.json: torch.optim.SGD trajectories for the options the shared reference leaves out.

The shared reference (pytorch-reference.json, section 'sgd') has plain SGD and momentum. This script runs
torch.optim.SGD in float64 on the same problem, L(w) = 0.5 * mean((A w - b)^2) from w0, with Nesterov momentum,
weight decay, dampening, and all of them at once; and, to check that every parameter keeps its own momentum
buffer, on a model with two parameters, L(w, c) = 0.5 * mean((A w + c - b)^2) with a scalar offset c.

Run from the repository root (needs PyTorch, e.g. Debian's python3-torch):
    python3 grader/hidden/02-sgd/src/test/python/sgd_options_reference.py
"""
import datetime
import json
import pathlib

import torch

RESOURCES = pathlib.Path("grader/hidden/02-sgd/src/test/resources/org/dlcourse/sgd")
STEPS = 5
CONFIGS = [
    {"lr": 0.1, "momentum": 0.9, "nesterov": True},
    {"lr": 0.1, "weight_decay": 0.3},
    {"lr": 0.1, "momentum": 0.9, "weight_decay": 0.3},
    {"lr": 0.1, "momentum": 0.9, "dampening": 0.5},
    {"lr": 0.05, "momentum": 0.8, "dampening": 0.25, "weight_decay": 0.1},
    {"lr": 0.05, "momentum": 0.8, "weight_decay": 0.1, "nesterov": True},
]


def trajectory(parameters, loss, config):
    optimizer = torch.optim.SGD(parameters, **config)
    steps = []
    for _ in range(STEPS):
        optimizer.zero_grad()
        loss().backward()
        optimizer.step()
        steps.append([p.detach().tolist() for p in parameters])
    return steps


def main():
    shared = json.loads((RESOURCES / "pytorch-reference.json").read_text())["sgd"]
    a = torch.tensor(shared["A"], dtype=torch.float64)
    b = torch.tensor(shared["b"], dtype=torch.float64)
    one_parameter, two_parameters = [], []
    for config in CONFIGS:
        w = torch.tensor(shared["w0"], dtype=torch.float64, requires_grad=True)
        steps = trajectory([w], lambda: 0.5 * ((a @ w - b) ** 2).mean(), config)
        one_parameter.append({"config": config, "trajectory": [step[0] for step in steps]})
        w = torch.tensor(shared["w0"], dtype=torch.float64, requires_grad=True)
        c = torch.tensor([0.5], dtype=torch.float64, requires_grad=True)
        steps = trajectory([w, c], lambda: 0.5 * ((a @ w + c - b) ** 2).mean(), config)
        two_parameters.append({"config": config, "w": [step[0] for step in steps], "c": [step[1] for step in steps]})
    result = {
        "provenance": f"Computed {datetime.date.today().isoformat()} with PyTorch {torch.__version__} "
                      "(Debian python3-torch 1.13.1+dfsg-4), float64, by grader/hidden/02-sgd/src/test/python/"
                      "sgd_options_reference.py: torch.optim.SGD for 5 steps on L(w) = 0.5*mean((A w - b)^2) from "
                      "w0 (A, b, w0 of pytorch-reference.json, section 'sgd') and on L(w, c) = "
                      "0.5*mean((A w + c - b)^2) from (w0, c0 = [0.5]); trajectories list the parameters after "
                      "steps 1..5.",
        "c0": [0.5],
        "one_parameter": one_parameter,
        "two_parameters": two_parameters,
    }
    (RESOURCES / "pytorch-sgd-options.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
