/**
 * Exercise 06: transfer learning. A small MLP pretrained on some classes is reused for new classes with few labels
 * per class: linear probing, full fine-tuning, linear probing then fine-tuning (LP-FT), or training from scratch.
 *
 * <p>Given complete: the network ({@link org.dlcourse.transfer.Network}: a {@link org.dlcourse.transfer.Backbone}
 * of affine, optional batch-norm and ReLU layers, and an affine head), its parameters
 * ({@link org.dlcourse.transfer.Parameter}), the softmax cross-entropy, the single-parameter SGD update with
 * PyTorch's semantics ({@link org.dlcourse.transfer.SgdUpdate}) and the seeded shuffle. Yours: an optimizer with
 * parameter groups and exact freezing ({@link org.dlcourse.transfer.GroupedSgd}), the four strategies
 * ({@link org.dlcourse.transfer.Transfer}), the training loop that keeps a frozen backbone in eval mode
 * ({@link org.dlcourse.transfer.TransferTraining}) and few-shot sampling ({@link org.dlcourse.transfer.FewShot}).
 *
 * <p>Lecture: {@code lectures/06-transfer.md}. ND4J's updaters, SameDiff, its data-set iterators and its layers
 * are off limits in this package.
 */
package org.dlcourse.transfer;
