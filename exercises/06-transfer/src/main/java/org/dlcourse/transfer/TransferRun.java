package org.dlcourse.transfer;

/**
 * A network ready to train on the target task and the optimizer that trains it. Given complete.
 *
 * @param network   the network, its own copy (training it never changes the network it came from)
 * @param optimizer an optimizer over the network's parameters
 */
public record TransferRun(Network network, GroupedSgd optimizer) {

    /** Checks that both are present. */
    public TransferRun {
        if (network == null || optimizer == null) {
            throw new IllegalArgumentException("a transfer run needs a network and an optimizer");
        }
    }
}
