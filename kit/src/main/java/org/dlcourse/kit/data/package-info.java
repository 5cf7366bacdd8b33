/**
 * Data sets of the course: Fashion-MNIST read from IDX files, its strict train/test split, seeded validation
 * splits carved from the training samples, class-balanced subsets and two-super-class groupings for binary tasks.
 *
 * <pre>{@code
 * Split data = FashionMnist.load();                        // 60,000 train / 10,000 test, pixels in [0, 1]
 * ValidationSplit fit = data.validationSplit(10_000, Seeds.of("02-sgd/validation"));
 * Dataset shoes = new BinaryGrouping("footwear", Set.of(5, 7, 9), "tops", Set.of(0, 2, 4, 6)).apply(fit.train());
 * Dataset small = BalancedSubsets.sample(fit.train(), 50, Seeds.of("demo"));
 * }</pre>
 *
 * <p>Where the files come from ({@link org.dlcourse.kit.data.FashionMnistLocator}): the directory in
 * {@code $FASHION_MNIST_DIR} (or {@code -Ddlcourse.fashionMnist.dir}), else Debian's package
 * {@code dataset-fashion-mnist} in {@code /usr/share/datasets/fashion-mnist}, else a download from the official
 * location into the user's cache, verified against checked-in SHA-256 checksums of the files' content
 * ({@link org.dlcourse.kit.data.ContentChecksums}). Reading is {@link org.dlcourse.kit.data.IdxReader}'s job,
 * which accepts gzip-compressed and plain files and names the file in every error.
 */
package org.dlcourse.kit.data;
