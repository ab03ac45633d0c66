#pragma once
// The image mode's fast path: one grey plane filtered by one kernel, "same" size, stride 1,
// zero padding — the same result convolve() gives with PaddingSpec::same(), computed by a
// direct loop (no im2col buffer), fast enough to redo on every kernel edit (512×512 with a
// 7×7 kernel well under 16 ms).
#include "core/tensor.h"

namespace gs {

/// image: [H, W]; kernel: [kh, kw]. Returns [H, W]: cross-correlation (flip = false) or
/// mathematical convolution (flip = true, kernel rotated 180°), padding as DESIGN.md's "same"
/// (an even kernel's extra padding cell goes after: bottom / right). Throws InputError on a
/// tensor that is not 2-D, an empty one, or an image larger than 4096×4096.
Tensor filterImage(const Tensor& image, const Tensor& kernel, bool flip);

} // namespace gs
