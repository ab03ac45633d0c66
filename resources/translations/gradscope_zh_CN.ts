<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackpropWorksheet</name>
    <message>
        <source>Forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Backward pass: the errors δ</source>
        <translation>反向传播：误差 δ</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Update (gradient descent)</source>
        <translation>参数更新（梯度下降）</translation>
    </message>
    <message>
        <source>Worked solution: backpropagation</source>
        <translation>解题过程：反向传播</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>layer %1: %2 neuron(s), %3</source>
        <translation>第 %1 层：%2 个神经元，%3</translation>
    </message>
    <message>
        <source>A fully connected network with %1 input(s); %2. Loss %3, learning rate η = %4. Iteration %5.</source>
        <translation>一个有 %1 个输入的全连接网络；%2。损失函数 %3，学习率 η = %4。第 %5 次迭代。</translation>
    </message>
    <message>
        <source>Sample x = %1, target y = %2.</source>
        <translation>样本 x = %1，目标 y = %2。</translation>
    </message>
    <message>
        <source>Weights and biases at the start (W has one row per neuron of the layer, one column per input to it):</source>
        <translation>初始权重和偏置（W 的每一行对应该层的一个神经元，每一列对应该层的一个输入）：</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Not a finite number: %1</source>
        <translation>不是有限数：%1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Loss before the update: C = %1</source>
        <translation>更新前的损失：C = %1</translation>
    </message>
    <message>
        <source>Weights and biases after the update:</source>
        <translation>更新后的权重和偏置：</translation>
    </message>
</context>
<context>
    <name>ConvWorksheet</name>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Channel %1, rows %2–%3, columns %4–%5</source>
        <translation>通道 %1，第 %2–%3 行，第 %4–%5 列</translation>
    </message>
    <message>
        <source>Worked solution: pooling</source>
        <translation>解题过程：池化</translation>
    </message>
    <message>
        <source>Worked solution: convolution</source>
        <translation>解题过程：卷积</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>padding top %1, bottom %2, left %3, right %4</source>
        <translation>填充 上 %1、下 %2、左 %3、右 %4</translation>
    </message>
    <message>
        <source>%1 pooling of a %2-channel %3×%4 input, window %5×%6, stride %7×%8, %9.</source>
        <translation>对 %2 通道 %3×%4 的输入做%1池化，窗口 %5×%6，步长 %7×%8，%9。</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>%1 kernel(s) of %2×%3×%4 over a %5-channel %6×%7 input; stride %8×%9; mode %10 (%11)</source>
        <translation>%1 个 %2×%3×%4 的卷积核作用于 %5 通道 %6×%7 的输入；步长 %8×%9；模式 %10（%11）</translation>
    </message>
    <message>
        <source>; dilation %1×%2</source>
        <translation>；膨胀 %1×%2</translation>
    </message>
    <message>
        <source>; mathematical convolution: the kernel is rotated by 180° before it is multiplied</source>
        <translation>；数学意义上的卷积：卷积核先旋转 180° 再相乘</translation>
    </message>
    <message>
        <source>; cross-correlation: the kernel is used as it is</source>
        <translation>；互相关：卷积核按原样使用</translation>
    </message>
    <message>
        <source>; activation %1</source>
        <translation>；激活函数 %1</translation>
    </message>
    <message>
        <source>Input channel %1</source>
        <translation>输入通道 %1</translation>
    </message>
    <message>
        <source>Kernel %1, channel %2</source>
        <translation>卷积核 %1，通道 %2</translation>
    </message>
    <message>
        <source>Kernel %1, channel %2, rotated 180°</source>
        <translation>卷积核 %1，通道 %2，旋转 180°</translation>
    </message>
    <message>
        <source>Bias of kernel %1: b = %2</source>
        <translation>卷积核 %1 的偏置：b = %2</translation>
    </message>
    <message>
        <source>Padded input</source>
        <translation>填充后的输入</translation>
    </message>
    <message>
        <source>No padding: the input is used as it is.</source>
        <translation>无填充：输入按原样使用。</translation>
    </message>
    <message>
        <source>Zeros added around the input (grey): %1.</source>
        <translation>在输入四周补零（灰色）：%1。</translation>
    </message>
    <message>
        <source>Input channel %1, padded (%2×%3)</source>
        <translation>输入通道 %1，已填充（%2×%3）</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <source>Per axis: out = ⌊(n + padding before + padding after − k) / s⌋ + 1, with the dilated kernel d·(k − 1) + 1 in place of k when d &gt; 1.</source>
        <translation>每个方向：out = ⌊(n + 前侧填充 + 后侧填充 − k) / s⌋ + 1；d &gt; 1 时，用膨胀后的卷积核尺寸 d·(k − 1) + 1 代替 k。</translation>
    </message>
    <message>
        <source>Every output cell</source>
        <translation>每个输出单元</translation>
    </message>
    <message>
        <source>Each cell is the largest value of its window (bold); padding zeros are not candidates.</source>
        <translation>每个单元是其窗口中的最大值（粗体）；填充的零不参与比较。</translation>
    </message>
    <message>
        <source>Each cell is the mean of its window; padding zeros count.</source>
        <translation>每个单元是其窗口的平均值；填充的零也计入。</translation>
    </message>
    <message>
        <source>Channel %1, row %2, column %3:</source>
        <translation>通道 %1，第 %2 行，第 %3 列：</translation>
    </message>
    <message>
        <source>Each cell: weight × input for every cell of the window (kernel row by row), all channels added, plus the bias.</source>
        <translation>每个单元：对窗口中的每个单元格计算“权重 × 输入”（按卷积核逐行），所有通道相加，再加上偏置。</translation>
    </message>
    <message>
        <source>Kernel %1, row %2, column %3:</source>
        <translation>卷积核 %1，第 %2 行，第 %3 列：</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>通道 %1：%2</translation>
    </message>
    <message>
        <source>Per-channel partial sums: %1; together %2, plus bias %3 → %4</source>
        <translation>各通道部分和：%1；合计 %2，加上偏置 %3 → %4</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Output channel %1 (%2×%3)</source>
        <translation>输出通道 %1（%2×%3）</translation>
    </message>
    <message>
        <source>Output of kernel %1 (%2×%3)</source>
        <translation>卷积核 %1 的输出（%2×%3）</translation>
    </message>
</context>
<context>
    <name>GradientScenarios</name>
    <message>
        <source>Deep sigmoid (vanishing)</source>
        <translation>深层 sigmoid（梯度消失）</translation>
    </message>
    <message>
        <source>Sigmoid with Xavier initialisation. σ&apos; is at most 0.25, so every layer multiplies the gradient by a factor below 1 and the layers near the input barely learn.</source>
        <translation>sigmoid 配合 Xavier 初始化。σ&apos; 至多为 0.25，因此每一层都把梯度乘以一个小于 1 的因子，靠近输入的层几乎学不到东西。</translation>
    </message>
    <message>
        <source>Too-large init (exploding)</source>
        <translation>初始化过大（梯度爆炸）</translation>
    </message>
    <message>
        <source>tanh with weights drawn from N(0, 3²). The factors w·σ&apos;(z) exceed 1 and the gradient grows layer after layer toward the input.</source>
        <translation>tanh，权重从 N(0, 3²) 中抽取。因子 w·σ&apos;(z) 超过 1，梯度朝输入方向逐层增大。</translation>
    </message>
    <message>
        <source>ReLU + Kaiming (remedy)</source>
        <translation>ReLU + Kaiming（对策）</translation>
    </message>
    <message>
        <source>ReLU&apos;s derivative is 1 where a unit is active, and Kaiming initialisation keeps the signal&apos;s variance from layer to layer: the gradient keeps its size.</source>
        <translation>ReLU 在单元激活处的导数为 1，Kaiming 初始化使信号的方差在层与层之间保持不变：梯度大小得以保持。</translation>
    </message>
    <message>
        <source>BatchNorm (remedy)</source>
        <translation>批量归一化（对策）</translation>
    </message>
    <message>
        <source>The deep sigmoid net with BatchNorm before each activation: pre-activations are normalised, so they stay where σ&apos; is large.</source>
        <translation>在每个激活函数之前加入批量归一化的深层 sigmoid 网络：激活前的值被归一化，因而停留在 σ&apos; 较大的区域。</translation>
    </message>
    <message>
        <source>Residual shortcuts (remedy)</source>
        <translation>残差连接（对策）</translation>
    </message>
    <message>
        <source>The deep sigmoid net with y = x + block(x): each link&apos;s factor becomes 1 + w·σ&apos;(z), and the gradient reaches the input through the shortcuts.</source>
        <translation>采用 y = x + block(x) 的深层 sigmoid 网络：每个连接的因子变为 1 + w·σ&apos;(z)，梯度经由捷径连接到达输入。</translation>
    </message>
    <message>
        <source>Clipping on the exploding case</source>
        <translation>梯度裁剪应对爆炸</translation>
    </message>
    <message>
        <source>The too-large init with the global gradient norm clipped to 1: the ratio between layers stays, but no update can be larger than the threshold.</source>
        <translation>初始化过大，并将全局梯度范数裁剪到 1：层间的比例不变，但任何更新都不会超过阈值。</translation>
    </message>
    <message>
        <source>L2 on the exploding case</source>
        <translation>L2 正则化应对爆炸</translation>
    </message>
    <message>
        <source>The too-large init with weight decay λ = 1: every step shrinks the weights by lr·λ (1 % at lr 0.01). It acts slowly: the first steps still explode, and it limits how large the weights can grow afterwards.</source>
        <translation>初始化过大，并使用权重衰减 λ = 1：每一步把权重缩小 lr·λ（lr 为 0.01 时为 1 %）。它作用缓慢：最初几步仍会爆炸，之后它限制权重能增长到多大。</translation>
    </message>
    <message>
        <source>tanh + Xavier</source>
        <translation>tanh + Xavier</translation>
    </message>
    <message>
        <source>tanh is steeper than sigmoid (tanh&apos;(0) = 1) and Xavier keeps the variance: the gradient stays about the same size at every depth.</source>
        <translation>tanh 比 sigmoid 更陡（tanh&apos;(0) = 1），Xavier 保持方差不变：梯度在各个深度大小基本相同。</translation>
    </message>
</context>
<context>
    <name>MatrixText</name>
    <message>
        <source>Paste: row %1 has %2 numbers but row 1 has %3.</source>
        <translation>粘贴：第 %1 行有 %2 个数，但第 1 行有 %3 个。</translation>
    </message>
    <message>
        <source>Paste: row %1, column %2: “%3” is not a number.</source>
        <translation>粘贴：第 %1 行第 %2 列：“%3”不是数字。</translation>
    </message>
    <message>
        <source>Paste: the clipboard holds no numbers.</source>
        <translation>粘贴：剪贴板中没有数字。</translation>
    </message>
    <message>
        <source>Paste: %1×%2 is larger than the largest size here, %3×%4.</source>
        <translation>粘贴：%1×%2 超过了此处允许的最大尺寸 %3×%4。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Course notes: 5×5, kernel rows [-1 0 1], bias 1</source>
        <translation>课程笔记：5×5，卷积核各行 [-1 0 1]，偏置 1</translation>
    </message>
    <message>
        <source>5×5 input, 3×3 kernel, stride 2 → 2×2</source>
        <translation>5×5 输入，3×3 卷积核，步长 2 → 2×2</translation>
    </message>
    <message>
        <source>RGB: 3 channels 4×4, 2 kernels 3×3×3</source>
        <translation>RGB：3 个 4×4 通道，2 个 3×3×3 卷积核</translation>
    </message>
    <message>
        <source>Max pooling: 4×4, window 2×2, stride 2</source>
        <translation>最大池化：4×4，窗口 2×2，步长 2</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>box blur</source>
        <translation>均值模糊</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>高斯模糊</translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x（竖直边缘）</translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y（水平边缘）</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>拉普拉斯</translation>
    </message>
    <message>
        <source>emboss</source>
        <translation>浮雕</translation>
    </message>
    <message>
        <source>2 channels 4×4, one kernel 2×2×2</source>
        <translation>2 个 4×4 通道，1 个 2×2×2 卷积核</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export data (CSV)…</source>
        <translation>导出数据 (CSV)…</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Scale (1 = as on screen):</source>
        <translation>缩放（1 = 与屏幕相同）：</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export worked solution</source>
        <translation>导出解题过程</translation>
    </message>
</context>
<context>
    <name>gs::ui::ActivationView</name>
    <message>
        <source>layer (1 = nearest the input)</source>
        <translation>层（1 = 最靠近输入）</translation>
    </message>
    <message>
        <source>activation (box: quartiles, whiskers: min/max)</source>
        <translation>激活值（箱体：四分位数，须线：最小/最大值）</translation>
    </message>
    <message>
        <source>dead fraction (bars)</source>
        <translation>死亡比例（柱）</translation>
    </message>
    <message>
        <source>saturated fraction (bars)</source>
        <translation>饱和比例（柱）</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>死亡单元</translation>
    </message>
    <message>
        <source>saturated values</source>
        <translation>饱和值</translation>
    </message>
</context>
<context>
    <name>gs::ui::BackpropPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Forward pass, loss, the four backpropagation equations and the update, step by step with numbers</source>
        <translation>前向传播、损失、反向传播的四个方程和参数更新，用具体数字逐步演示</translation>
    </message>
    <message>
        <source>Convolution backprop</source>
        <translation>卷积反向传播</translation>
    </message>
    <message>
        <source>The kernel and input gradients of one conv layer, window by window</source>
        <translation>一个卷积层的卷积核梯度和输入梯度，逐个窗口计算</translation>
    </message>
    <message>
        <source>Activations &amp;&amp; losses</source>
        <translation>激活与损失</translation>
    </message>
    <message>
        <source>Each activation and loss with its derivative</source>
        <translation>各激活函数和损失函数及其导数</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backpropagation&lt;/h3&gt;&lt;p&gt;Forward: z&lt;sup&gt;l&lt;/sup&gt; = W&lt;sup&gt;l&lt;/sup&gt; a&lt;sup&gt;l−1&lt;/sup&gt; + b&lt;sup&gt;l&lt;/sup&gt;, a&lt;sup&gt;l&lt;/sup&gt; = σ(z&lt;sup&gt;l&lt;/sup&gt;), a&lt;sup&gt;0&lt;/sup&gt; = x. Then the four equations:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Output error: δ&lt;sup&gt;L&lt;/sup&gt; = ∇&lt;sub&gt;a&lt;/sub&gt;C ⊙ σ&apos;(z&lt;sup&gt;L&lt;/sup&gt;) (softmax with cross-entropy: δ&lt;sup&gt;L&lt;/sup&gt; = a&lt;sup&gt;L&lt;/sup&gt; − y)&lt;/li&gt;&lt;li&gt;Error of a hidden layer: δ&lt;sup&gt;l&lt;/sup&gt; = ((W&lt;sup&gt;l+1&lt;/sup&gt;)&lt;sup&gt;T&lt;/sup&gt; δ&lt;sup&gt;l+1&lt;/sup&gt;) ⊙ σ&apos;(z&lt;sup&gt;l&lt;/sup&gt;)&lt;/li&gt;&lt;li&gt;Bias gradient: ∂C/∂b&lt;sup&gt;l&lt;/sup&gt; = δ&lt;sup&gt;l&lt;/sup&gt;&lt;/li&gt;&lt;li&gt;Weight gradient: ∂C/∂W&lt;sup&gt;l&lt;/sup&gt; = δ&lt;sup&gt;l&lt;/sup&gt; (a&lt;sup&gt;l−1&lt;/sup&gt;)&lt;sup&gt;T&lt;/sup&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Gradient descent: W ← W − η ∂C/∂W, b ← b − η ∂C/∂b.&lt;/p&gt;&lt;p&gt;mse here is PyTorch&apos;s mean: C = (1/n) Σ (a − y)², so ∇&lt;sub&gt;a&lt;/sub&gt;C = (2/n)(a − y); with two outputs it equals the textbook ½ Σ (y − a)².&lt;/p&gt;&lt;p&gt;A convolution layer Y = X ⋆ K (valid): ∂C/∂K = X ⋆ ∂C/∂Y (valid), ∂C/∂X = ∂C/∂Y ∗ K (full convolution, the kernel rotated 180°).&lt;/p&gt;&lt;p&gt;Keys: Space next step, Backspace previous; double-click a weight to edit it. &lt;b&gt;Export worked solution…&lt;/b&gt; saves every step of the iteration with its numbers as a printable page, HTML or PDF.&lt;/p&gt;&lt;p&gt;Try this: &lt;a href=&quot;try:mazur&quot;&gt;Mazur&apos;s 2-2-2 example from the first step&lt;/a&gt; · &lt;a href=&quot;try:backward&quot;&gt;jump to the first backward step, δ at the output&lt;/a&gt; · &lt;a href=&quot;try:high-lr&quot;&gt;a learning rate that is too high (η = 3, linear output): the loss grows every iteration&lt;/a&gt; · &lt;a href=&quot;try:input-gradient&quot;&gt;a conv layer&apos;s input gradient as a full convolution&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;反向传播&lt;/h3&gt;&lt;p&gt;前向：z&lt;sup&gt;l&lt;/sup&gt; = W&lt;sup&gt;l&lt;/sup&gt; a&lt;sup&gt;l−1&lt;/sup&gt; + b&lt;sup&gt;l&lt;/sup&gt;，a&lt;sup&gt;l&lt;/sup&gt; = σ(z&lt;sup&gt;l&lt;/sup&gt;)，a&lt;sup&gt;0&lt;/sup&gt; = x。然后是四个方程：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;输出层误差：δ&lt;sup&gt;L&lt;/sup&gt; = ∇&lt;sub&gt;a&lt;/sub&gt;C ⊙ σ&apos;(z&lt;sup&gt;L&lt;/sup&gt;)（softmax 配合交叉熵：δ&lt;sup&gt;L&lt;/sup&gt; = a&lt;sup&gt;L&lt;/sup&gt; − y）&lt;/li&gt;&lt;li&gt;隐藏层误差：δ&lt;sup&gt;l&lt;/sup&gt; = ((W&lt;sup&gt;l+1&lt;/sup&gt;)&lt;sup&gt;T&lt;/sup&gt; δ&lt;sup&gt;l+1&lt;/sup&gt;) ⊙ σ&apos;(z&lt;sup&gt;l&lt;/sup&gt;)&lt;/li&gt;&lt;li&gt;偏置梯度：∂C/∂b&lt;sup&gt;l&lt;/sup&gt; = δ&lt;sup&gt;l&lt;/sup&gt;&lt;/li&gt;&lt;li&gt;权重梯度：∂C/∂W&lt;sup&gt;l&lt;/sup&gt; = δ&lt;sup&gt;l&lt;/sup&gt; (a&lt;sup&gt;l−1&lt;/sup&gt;)&lt;sup&gt;T&lt;/sup&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;梯度下降：W ← W − η ∂C/∂W，b ← b − η ∂C/∂b。&lt;/p&gt;&lt;p&gt;这里的 mse 采用 PyTorch 的均值形式：C = (1/n) Σ (a − y)²，因此 ∇&lt;sub&gt;a&lt;/sub&gt;C = (2/n)(a − y)；有两个输出时，它等于教材中的 ½ Σ (y − a)²。&lt;/p&gt;&lt;p&gt;卷积层 Y = X ⋆ K（valid）：∂C/∂K = X ⋆ ∂C/∂Y（valid），∂C/∂X = ∂C/∂Y ∗ K（full 卷积，卷积核旋转 180°）。&lt;/p&gt;&lt;p&gt;按键：空格键 下一步，Backspace 上一步；双击权重可编辑。&lt;b&gt;导出解题过程…&lt;/b&gt;将本次迭代的每一步连同具体数字保存为可打印的页面（HTML 或 PDF）。&lt;/p&gt;&lt;p&gt;试试：&lt;a href=&quot;try:mazur&quot;&gt;从第一步开始的 Mazur 2-2-2 示例&lt;/a&gt; · &lt;a href=&quot;try:backward&quot;&gt;跳到第一个反向步骤，即输出层的 δ&lt;/a&gt; · &lt;a href=&quot;try:high-lr&quot;&gt;过高的学习率（η = 3，线性输出）：损失每次迭代都在增大&lt;/a&gt; · &lt;a href=&quot;try:input-gradient&quot;&gt;卷积层的输入梯度即一次 full 卷积&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gs::ui::BoundaryView</name>
    <message>
        <source>Background: the class the network predicts at each point (lighter = less sure); dots: the training samples</source>
        <translation>背景：网络在每个点预测的类别（颜色越浅 = 越不确定）；圆点：训练样本</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
</context>
<context>
    <name>gs::ui::ChainRuleView</name>
    <message>
        <source>layer l (1 = nearest the input)</source>
        <translation>第 l 层（1 = 最靠近输入）</translation>
    </message>
    <message>
        <source>magnitude (log)</source>
        <translation>大小（对数）</translation>
    </message>
    <message>
        <source>|σ&apos;(z_l)·w_l| (factor)</source>
        <translation>|σ&apos;(z_l)·w_l|（因子）</translation>
    </message>
    <message>
        <source>σ&apos;(z_l)</source>
        <translation>σ&apos;(z_l)</translation>
    </message>
    <message>
        <source>max σ&apos; = %1</source>
        <translation>σ&apos; 最大值 = %1</translation>
    </message>
    <message>
        <source>|∂C/∂a_(l−1)| (running product)</source>
        <translation>|∂C/∂a_(l−1)|（累积乘积）</translation>
    </message>
</context>
<context>
    <name>gs::ui::ComparisonPanel</name>
    <message>
        <source>Add at least one racer above: each racer becomes one training run.</source>
        <translation>请在上方至少添加一个参赛者：每个参赛者对应一次训练运行。</translation>
    </message>
    <message>
        <source>%1 does not fit %2: %3</source>
        <translation>%1 不适用于 %2：%3</translation>
    </message>
    <message>
        <source>Loading the data and building the model… %1 %</source>
        <translation>正在加载数据并构建模型… %1 %</translation>
    </message>
    <message>
        <source>Training %1 runs: %2 % (%3 steps per run, %4 per epoch)</source>
        <translation>正在训练 %1 个运行：%2 %（每个运行 %3 步，每轮 %4 步）</translation>
    </message>
    <message>
        <source>Done: %1 runs × %2 steps in %3 s. Same initial weights and batches for every run.</source>
        <translation>完成：%1 个运行 × %2 步，用时 %3 秒。所有运行的初始权重和批次都相同。</translation>
    </message>
    <message>
        <source>Cancelled; the curves so far stay.</source>
        <translation>已取消；已有的曲线保留。</translation>
    </message>
    <message>
        <source>Each racer above trains the network once; Compare starts.</source>
        <translation>上方每个参赛者各训练一次网络；按“对比”开始。</translation>
    </message>
    <message>
        <source>Real network</source>
        <translation>真实网络</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>逻辑回归</translation>
    </message>
    <message>
        <source>MLP (2 hidden layers of 64)</source>
        <translation>MLP（2 个 64 单元的隐藏层）</translation>
    </message>
    <message>
        <source>LeNet-5 (28×28 images)</source>
        <translation>LeNet-5（28×28 图像）</translation>
    </message>
    <message>
        <source>Small VGG (images)</source>
        <translation>小型 VGG（图像）</translation>
    </message>
    <message>
        <source>Deep MLP (8 layers)</source>
        <translation>深层 MLP（8 层）</translation>
    </message>
    <message>
        <source>Residual MLP</source>
        <translation>残差 MLP</translation>
    </message>
    <message>
        <source>Spiral (2-D, 3 classes)</source>
        <translation>螺旋（二维，3 类）</translation>
    </message>
    <message>
        <source>Moons (2-D, 2 classes)</source>
        <translation>双月（二维，2 类）</translation>
    </message>
    <message>
        <source>Circle (2-D, 2 classes)</source>
        <translation>圆环（二维，2 类）</translation>
    </message>
    <message>
        <source>XOR (2-D, 2 classes)</source>
        <translation>XOR（二维，2 类）</translation>
    </message>
    <message>
        <source>Gaussians (2-D, 4 classes)</source>
        <translation>高斯簇（二维，4 类）</translation>
    </message>
    <message>
        <source>Shapes (28×28, 8 classes)</source>
        <translation>形状（28×28，8 类）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28×28, 10 classes)</source>
        <translation>Fashion-MNIST（28×28，10 类）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>The model every optimizer trains, built once from the seed: every run starts from the same initial weights</source>
        <translation>每个优化器训练的模型，根据随机种子只构建一次：每个运行都从相同的初始权重开始</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The training data; 20 % of a generated set is held out for validation, Fashion-MNIST is validated on its 10 000 test images</source>
        <translation>训练数据；生成的数据集留出 20 % 作为验证集，Fashion-MNIST 则在其 10 000 张测试图像上验证</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>How many samples the generated set has (training + validation)</source>
        <translation>生成的数据集中的样本数（训练 + 验证）</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Passes over the training data per run</source>
        <translation>每个运行遍历训练数据的次数</translation>
    </message>
    <message>
        <source>Step limit</source>
        <translation>步数上限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Stop every run after this many steps, even mid-epoch (none: train all the epochs)</source>
        <translation>每个运行达到此步数后即停止，即使一轮尚未结束（无：训练完所有轮）</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Samples per step; the batches are drawn in the same shuffled order for every optimizer</source>
        <translation>每步的样本数；每个优化器都按相同的打乱顺序抽取批次</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Draws the data, the initial weights and the batch order: same seed, same comparison</source>
        <translation>决定数据、初始权重和批次顺序：相同种子，相同对比</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Train the network once per racer (the racers above, with their hyperparameters) on a worker thread and overlay the curves</source>
        <translation>在后台线程中为每个参赛者（上方的参赛者及其超参数）各训练一次网络，并叠加显示曲线</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the current step; the curves so far stay</source>
        <translation>在当前步完成后停止；已有的曲线保留</translation>
    </message>
    <message>
        <source>Steps done by all runs together</source>
        <translation>所有运行合计完成的步数</translation>
    </message>
    <message>
        <source>What the comparison is doing</source>
        <translation>对比的当前进度</translation>
    </message>
    <message>
        <source>Why the comparison could not run</source>
        <translation>对比无法运行的原因</translation>
    </message>
    <message>
        <source>Show on Training page</source>
        <translation>在训练页面显示</translation>
    </message>
    <message>
        <source>Add these runs to the Training page&apos;s loss overlay and go there</source>
        <translation>将这些运行加入训练页面的损失叠加图，并转到该页面</translation>
    </message>
</context>
<context>
    <name>gs::ui::ComparisonView</name>
    <message>
        <source>diverged at step %1</source>
        <translation>在第 %1 步发散</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>stopped at step %1</source>
        <translation>停在第 %1 步</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Training loss of every step (thin, light) and validation loss after every epoch (dashed, dots), one colour per optimizer. Drag to pan, wheel to zoom, right-click to export PNG, PDF or CSV.</source>
        <translation>每一步的训练损失（细浅线）和每轮结束后的验证集损失（虚线加圆点），每个优化器一种颜色。拖动平移，滚轮缩放，右键导出 PNG、PDF 或 CSV。</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: late differences between optimizers show better</source>
        <translation>损失轴使用对数刻度：更容易看出优化器之间后期的差异</translation>
    </message>
    <message>
        <source>Thin light lines: training loss of each step (one mini-batch). Dashed with dots: validation loss after each epoch. Same model, initial weights and batches for every optimizer.</source>
        <translation>细浅线：每一步（一个小批量）的训练损失。带圆点的虚线：每轮结束后的验证集损失。所有优化器使用相同的模型、初始权重和批次。</translation>
    </message>
    <message>
        <source>How to read the plot</source>
        <translation>如何阅读此图</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证集损失</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证集准确率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Training loss: mean over the last finished epoch. Validation: after the last finished epoch.</source>
        <translation>训练损失：最近完成的一轮的平均值。验证集：在最近完成的一轮之后计算。</translation>
    </message>
</context>
<context>
    <name>gs::ui::ConfusionView</name>
    <message>
        <source>Validation samples by true class (rows) and predicted class (columns); the diagonal is what the network gets right</source>
        <translation>验证集样本按真实类别（行）和预测类别（列）统计；对角线是网络预测正确的部分</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
</context>
<context>
    <name>gs::ui::ConvBackpropPanel</name>
    <message>
        <source>The %1×%1 kernel does not fit in a %2×%3 input: make the input larger or the kernel smaller.</source>
        <translation>%1×%1 的卷积核放不进 %2×%3 的输入：请增大输入或减小卷积核。</translation>
    </message>
    <message>
        <source>Row %1, column %2: “%3” is not a number; the cell keeps %4.</source>
        <translation>第 %1 行第 %2 列：“%3”不是数字；该单元格保留 %4。</translation>
    </message>
    <message>
        <source>∂C/∂K[%1][%2]</source>
        <translation>∂C/∂K[%1][%2]</translation>
    </message>
    <message>
        <source>∂C/∂X[%1][%2]</source>
        <translation>∂C/∂X[%1][%2]</translation>
    </message>
    <message>
        <source>window %1 of %2</source>
        <translation>窗口 %1 / %2</translation>
    </message>
    <message>
        <source>One convolution layer: Y = X ⋆ K (valid, stride 1)</source>
        <translation>一个卷积层：Y = X ⋆ K（valid，步长 1）</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <source>Rows of the input X (2–6)</source>
        <translation>输入 X 的行数（2–6）</translation>
    </message>
    <message>
        <source>Columns of the input X (2–6)</source>
        <translation>输入 X 的列数（2–6）</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Kernel size: 2×2 or 3×3</source>
        <translation>卷积核尺寸：2×2 或 3×3</translation>
    </message>
    <message>
        <source>Input X</source>
        <translation>输入 X</translation>
    </message>
    <message>
        <source>Kernel K</source>
        <translation>卷积核 K</translation>
    </message>
    <message>
        <source>Output gradient ∂C/∂Y (given)</source>
        <translation>输出梯度 ∂C/∂Y（已知）</translation>
    </message>
    <message>
        <source>Double-click a cell to edit the input</source>
        <translation>双击单元格编辑输入</translation>
    </message>
    <message>
        <source>Double-click a cell to edit the kernel</source>
        <translation>双击单元格编辑卷积核</translation>
    </message>
    <message>
        <source>The gradient arriving from the next layer; double-click to edit</source>
        <translation>从下一层传来的梯度；双击可编辑</translation>
    </message>
    <message>
        <source>Kernel gradient ∂C/∂K</source>
        <translation>卷积核梯度 ∂C/∂K</translation>
    </message>
    <message>
        <source>Input gradient ∂C/∂X</source>
        <translation>输入梯度 ∂C/∂X</translation>
    </message>
    <message>
        <source>Which identity to step through</source>
        <translation>选择要逐步演示的恒等式</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Previous window</source>
        <translation>上一个窗口</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Next window</source>
        <translation>下一个窗口</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Slide the window automatically</source>
        <translation>自动滑动窗口</translation>
    </message>
    <message>
        <source>∂C/∂K = X ⋆ ∂C/∂Y: the valid cross-correlation of the input with the output gradient. Each kernel weight met every input cell under it, so its gradient sums input × output gradient.</source>
        <translation>∂C/∂K = X ⋆ ∂C/∂Y：输入与输出梯度的 valid 互相关。每个卷积核权重都与其下方经过的每个输入单元相乘过，因此它的梯度是“输入 × 输出梯度”之和。</translation>
    </message>
    <message>
        <source>Input X (the window slides here)</source>
        <translation>输入 X（窗口在此滑动）</translation>
    </message>
    <message>
        <source>∂C/∂Y (used as the kernel)</source>
        <translation>∂C/∂Y（用作卷积核）</translation>
    </message>
    <message>
        <source>∂C/∂K</source>
        <translation>∂C/∂K</translation>
    </message>
    <message>
        <source>∂C/∂X = ∂C/∂Y ∗ K: the full convolution of the output gradient with the kernel, i.e. a full cross-correlation with the kernel rotated by 180°. The padding (grey) holds zeros.</source>
        <translation>∂C/∂X = ∂C/∂Y ∗ K：输出梯度与卷积核的 full 卷积，即与旋转 180° 后的卷积核做 full 互相关。填充部分（灰色）为零。</translation>
    </message>
    <message>
        <source>∂C/∂Y with full padding (the window slides here)</source>
        <translation>full 填充后的 ∂C/∂Y（窗口在此滑动）</translation>
    </message>
    <message>
        <source>K rotated 180°</source>
        <translation>旋转 180° 的 K</translation>
    </message>
    <message>
        <source>∂C/∂X</source>
        <translation>∂C/∂X</translation>
    </message>
    <message>
        <source>Yellow: the window of the current step</source>
        <translation>黄色：当前步骤的窗口</translation>
    </message>
    <message>
        <source>Green: the cell the current step computes</source>
        <translation>绿色：当前步骤计算的单元格</translation>
    </message>
    <message>
        <source>The kernel of this step&apos;s cross-correlation</source>
        <translation>本步骤互相关所用的卷积核</translation>
    </message>
</context>
<context>
    <name>gs::ui::ConvControls</name>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>valid (no padding)</source>
        <translation>valid（无填充）</translation>
    </message>
    <message>
        <source>same (output ⌈n / s⌉)</source>
        <translation>same（输出 ⌈n / s⌉）</translation>
    </message>
    <message>
        <source>full (every overlap)</source>
        <translation>full（所有重叠位置）</translation>
    </message>
    <message>
        <source>explicit padding</source>
        <translation>自定义填充</translation>
    </message>
    <message>
        <source>valid: no padding; same: pad so the output is ⌈input / stride⌉; full: pad kernel − 1 on every side; explicit: your own T, B, L, R</source>
        <translation>valid：不填充；same：填充使输出为 ⌈输入 / 步长⌉；full：每边填充 卷积核 − 1；自定义：自行设置上、下、左、右的填充</translation>
    </message>
    <message>
        <source>Padding T B L R</source>
        <translation>填充 上 下 左 右</translation>
    </message>
    <message>
        <source>Rows of zeros added on top (explicit mode)</source>
        <translation>在顶部添加的零行数（自定义模式）</translation>
    </message>
    <message>
        <source>Rows of zeros added at the bottom (explicit mode)</source>
        <translation>在底部添加的零行数（自定义模式）</translation>
    </message>
    <message>
        <source>Columns of zeros added on the left (explicit mode)</source>
        <translation>在左侧添加的零列数（自定义模式）</translation>
    </message>
    <message>
        <source>Columns of zeros added on the right (explicit mode)</source>
        <translation>在右侧添加的零列数（自定义模式）</translation>
    </message>
    <message>
        <source>Stride rows, cols</source>
        <translation>步长（行, 列）</translation>
    </message>
    <message>
        <source>How many rows the window moves down per step</source>
        <translation>窗口每步向下移动的行数</translation>
    </message>
    <message>
        <source>How many columns the window moves right per step</source>
        <translation>窗口每步向右移动的列数</translation>
    </message>
    <message>
        <source>Dilation rows, cols</source>
        <translation>膨胀（行, 列）</translation>
    </message>
    <message>
        <source>Spacing between kernel rows on the input (1 = adjacent)</source>
        <translation>卷积核各行在输入上的间距（1 = 相邻）</translation>
    </message>
    <message>
        <source>Spacing between kernel columns on the input (1 = adjacent)</source>
        <translation>卷积核各列在输入上的间距（1 = 相邻）</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Function applied to sum + bias</source>
        <translation>作用于“加权和 + 偏置”的函数</translation>
    </message>
    <message>
        <source>Flip the kernel (mathematical convolution)</source>
        <translation>翻转卷积核（数学意义上的卷积）</translation>
    </message>
    <message>
        <source>Off: cross-correlation, what deep-learning libraries call convolution. On: the kernel is rotated by 180° first, as in MATLAB conv2</source>
        <translation>关闭：互相关，即深度学习库所说的卷积。开启：先将卷积核旋转 180°，与 MATLAB conv2 相同</translation>
    </message>
    <message>
        <source>Correlation slides the kernel as it is; convolution rotates it by 180° first. They differ only for kernels that are not symmetric.</source>
        <translation>互相关直接滑动卷积核；卷积则先将其旋转 180°。两者仅在卷积核不对称时才有区别。</translation>
    </message>
    <message>
        <source>Correlation versus convolution</source>
        <translation>互相关与卷积</translation>
    </message>
</context>
<context>
    <name>gs::ui::ConvolutionPage</name>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>逐步演示</translation>
    </message>
    <message>
        <source>Convolution or pooling, one output cell at a time</source>
        <translation>卷积或池化，每次计算一个输出单元</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Apply a kernel to a picture and see the feature map</source>
        <translation>将卷积核作用于图片，查看特征图</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Solve a generated exercise and check your answer</source>
        <translation>完成自动生成的练习并检查答案</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Convolution&lt;/h3&gt;&lt;p&gt;A kernel slides over the input; at each position every kernel weight is multiplied by the input cell under it, the products are added, the bias is added and the activation (if any) is applied. With several input channels the kernel has as many channels, and their partial sums are added into one output cell.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output size&lt;/b&gt; along each axis, for input n, kernel k, stride s, dilation d and padding p&lt;sub&gt;0&lt;/sub&gt; before and p&lt;sub&gt;1&lt;/sub&gt; after:&lt;br&gt;k&lt;sub&gt;e&lt;/sub&gt; = d·(k − 1) + 1, &amp;nbsp; out = ⌊(n + p&lt;sub&gt;0&lt;/sub&gt; + p&lt;sub&gt;1&lt;/sub&gt; − k&lt;sub&gt;e&lt;/sub&gt;) / s⌋ + 1.&lt;br&gt;valid: no padding; same: out = ⌈n / s⌉ (the odd extra zero goes bottom / right); full: k&lt;sub&gt;e&lt;/sub&gt; − 1 zeros on each side.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cost&lt;/b&gt; of N kernels of size C×kh×kw giving Ho×Wo outputs: parameters N·C·kh·kw + N (weights and one bias each); multiply-adds N·Ho·Wo·C·kh·kw; FLOPs twice that.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Flip&lt;/b&gt;: deep-learning libraries compute cross-correlation (the kernel as it is). Mathematical convolution, as in MATLAB &lt;tt&gt;conv2&lt;/tt&gt;, rotates the kernel by 180° first.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pooling&lt;/b&gt; takes the maximum or the average of each window; it has no parameters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Export worked solution…&lt;/b&gt; (Step through and Practice) saves every window with its multiply-add and the output as a printable page, HTML or PDF.&lt;/p&gt;&lt;p&gt;Try this: &lt;a href=&quot;try:full&quot;&gt;the course example with full padding (7×7 output)&lt;/a&gt; · &lt;a href=&quot;try:stride-2&quot;&gt;stride 2&lt;/a&gt; · &lt;a href=&quot;try:two-channels&quot;&gt;a 2-channel input&lt;/a&gt; · &lt;a href=&quot;try:edges&quot;&gt;edge detection on a picture&lt;/a&gt; · &lt;a href=&quot;try:practice&quot;&gt;a new practice exercise&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;卷积&lt;/h3&gt;&lt;p&gt;卷积核在输入上滑动；在每个位置，卷积核的每个权重与其下方的输入单元相乘，乘积相加，再加上偏置，并应用激活函数（如果有）。输入有多个通道时，卷积核也有同样多的通道，各通道的部分和相加得到一个输出单元。&lt;/p&gt;&lt;p&gt;每个方向上的&lt;b&gt;输出尺寸&lt;/b&gt;，设输入为 n，卷积核为 k，步长为 s，膨胀为 d，前侧填充 p&lt;sub&gt;0&lt;/sub&gt;，后侧填充 p&lt;sub&gt;1&lt;/sub&gt;：&lt;br&gt;k&lt;sub&gt;e&lt;/sub&gt; = d·(k − 1) + 1, &amp;nbsp; out = ⌊(n + p&lt;sub&gt;0&lt;/sub&gt; + p&lt;sub&gt;1&lt;/sub&gt; − k&lt;sub&gt;e&lt;/sub&gt;) / s⌋ + 1。&lt;br&gt;valid：不填充；same：out = ⌈n / s⌉（多出的一个零填在下方 / 右侧）；full：每侧填充 k&lt;sub&gt;e&lt;/sub&gt; − 1 个零。&lt;/p&gt;&lt;p&gt;&lt;b&gt;计算量&lt;/b&gt;：N 个尺寸为 C×kh×kw 的卷积核，输出 Ho×Wo：参数量 N·C·kh·kw + N（权重加上每个卷积核一个偏置）；乘加次数 N·Ho·Wo·C·kh·kw；FLOPs 为其两倍。&lt;/p&gt;&lt;p&gt;&lt;b&gt;翻转&lt;/b&gt;：深度学习库计算的是互相关（卷积核保持原样）。数学意义上的卷积（如 MATLAB &lt;tt&gt;conv2&lt;/tt&gt;）会先将卷积核旋转 180°。&lt;/p&gt;&lt;p&gt;&lt;b&gt;池化&lt;/b&gt;取每个窗口的最大值或平均值；它没有参数。&lt;/p&gt;&lt;p&gt;&lt;b&gt;导出解题过程…&lt;/b&gt;（在“逐步演示”和“练习”中）将每个窗口的乘加运算和输出保存为可打印的页面（HTML 或 PDF）。&lt;/p&gt;&lt;p&gt;试试：&lt;a href=&quot;try:full&quot;&gt;课程示例，使用 full 填充（7×7 输出）&lt;/a&gt; · &lt;a href=&quot;try:stride-2&quot;&gt;步长 2&lt;/a&gt; · &lt;a href=&quot;try:two-channels&quot;&gt;双通道输入&lt;/a&gt; · &lt;a href=&quot;try:edges&quot;&gt;在图片上做边缘检测&lt;/a&gt; · &lt;a href=&quot;try:practice&quot;&gt;一道新练习&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gs::ui::DrawCanvas</name>
    <message>
        <source>Draw a sample with the mouse; right-click clears</source>
        <translation>用鼠标绘制样本；右键清除</translation>
    </message>
</context>
<context>
    <name>gs::ui::ExplorerPanel</name>
    <message>
        <source>z₁ = %1:  softmax₁ = %2,  ∂softmax₁/∂z₁ = %3</source>
        <translation>z₁ = %1：  softmax₁ = %2，  ∂softmax₁/∂z₁ = %3</translation>
    </message>
    <message>
        <source>x = %1:  f(x) = %2,  f&apos;(x) = %3</source>
        <translation>x = %1：  f(x) = %2，  f&apos;(x) = %3</translation>
    </message>
    <message>
        <source>prediction = %1:  loss = %2,  d loss / d prediction = %3</source>
        <translation>预测值 = %1：  损失 = %2，  d 损失 / d 预测值 = %3</translation>
    </message>
    <message>
        <source>The vector must hold at least two numbers, e.g. 1, 2, 3; the curves keep the last valid vector.</source>
        <translation>向量至少要包含两个数，例如 1, 2, 3；曲线保持上一个有效向量。</translation>
    </message>
    <message>
        <source>σ&apos;(0) = 0.25: the largest slope</source>
        <translation>σ&apos;(0) = 0.25：最大斜率</translation>
    </message>
    <message>
        <source>tanh&apos;(0) = 1</source>
        <translation>tanh&apos;(0) = 1</translation>
    </message>
    <message>
        <source>dead zone: relu&apos;(x) = 0</source>
        <translation>死区：relu&apos;(x) = 0</translation>
    </message>
    <message>
        <source>relu&apos;(x) = 1 for x &gt; 0</source>
        <translation>x &gt; 0 时 relu&apos;(x) = 1</translation>
    </message>
    <message>
        <source>slope 0.01 for x &lt; 0: no dead zone</source>
        <translation>x &lt; 0 时斜率为 0.01：没有死区</translation>
    </message>
    <message>
        <source>elu&apos;(x) = eˣ for x &lt; 0</source>
        <translation>x &lt; 0 时 elu&apos;(x) = eˣ</translation>
    </message>
    <message>
        <source>softplus&apos; = sigmoid</source>
        <translation>softplus&apos; = sigmoid</translation>
    </message>
    <message>
        <source>softmax(%1) = (%2); Jacobian diagonal sᵢ(1 − sᵢ) = (%3). The curves vary z₁ with the other entries fixed.</source>
        <translation>softmax(%1) = (%2)；雅可比矩阵对角线 sᵢ(1 − sᵢ) = (%3)。曲线在其他分量固定时改变 z₁。</translation>
    </message>
    <message>
        <source>Activation and its derivative</source>
        <translation>激活函数及其导数</translation>
    </message>
    <message>
        <source>The activation to plot</source>
        <translation>要绘制的激活函数</translation>
    </message>
    <message>
        <source>softmax vector z:</source>
        <translation>softmax 向量 z：</translation>
    </message>
    <message>
        <source>The vector softmax is applied to, numbers separated by commas</source>
        <translation>softmax 作用的向量，数字之间用逗号分隔</translation>
    </message>
    <message>
        <source>softmax₁(z)</source>
        <translation>softmax₁(z)</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>∂softmax₁/∂z₁</source>
        <translation>∂softmax₁/∂z₁</translation>
    </message>
    <message>
        <source>f&apos;(x)</source>
        <translation>f&apos;(x)</translation>
    </message>
    <message>
        <source>z₁</source>
        <translation>z₁</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Move the mouse to read values; right-click to export</source>
        <translation>移动鼠标读取数值；右键导出</translation>
    </message>
    <message>
        <source>σ&apos;(x) = σ(x)(1 − σ(x)) is at most 0.25: each sigmoid layer multiplies the gradient by 0.25 or less, so deep sigmoid nets lose their gradient.</source>
        <translation>σ&apos;(x) = σ(x)(1 − σ(x)) 至多为 0.25：每个 sigmoid 层都把梯度乘以 0.25 或更小的数，因此深层 sigmoid 网络会出现梯度消失。</translation>
    </message>
    <message>
        <source>tanh&apos;(x) = 1 − tanh²(x) is at most 1 (at 0) and zero-centred, yet it saturates like the sigmoid.</source>
        <translation>tanh&apos;(x) = 1 − tanh²(x) 至多为 1（在 0 处），且以零为中心，但它和 sigmoid 一样会饱和。</translation>
    </message>
    <message>
        <source>relu&apos;(x) = 1 for x &gt; 0: the gradient passes unchanged. For x &lt; 0 it is 0: a neuron stuck there stops learning (the dead zone).</source>
        <translation>x &gt; 0 时 relu&apos;(x) = 1：梯度原样通过。x &lt; 0 时为 0：停在那里的神经元不再学习（死区）。</translation>
    </message>
    <message>
        <source>leaky_relu keeps a slope of 0.01 for x &lt; 0, so no neuron dies.</source>
        <translation>leaky_relu 在 x &lt; 0 时保持 0.01 的斜率，因此不会有神经元死亡。</translation>
    </message>
    <message>
        <source>elu is smooth, tends to −1 for very negative x, and its slope is 1 for x &gt; 0.</source>
        <translation>elu 是光滑的，x 很负时趋于 −1，x &gt; 0 时斜率为 1。</translation>
    </message>
    <message>
        <source>softplus = log(1 + eˣ) is a smooth relu; its derivative is the sigmoid.</source>
        <translation>softplus = log(1 + eˣ) 是光滑的 relu；它的导数就是 sigmoid。</translation>
    </message>
    <message>
        <source>softmax turns scores into probabilities; ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ). With cross-entropy the gradient becomes simply s − y.</source>
        <translation>softmax 把得分转换为概率；∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ)。配合交叉熵时，梯度简化为 s − y。</translation>
    </message>
    <message>
        <source>Loss and its gradient</source>
        <translation>损失函数及其梯度</translation>
    </message>
    <message>
        <source>The loss to plot against the prediction</source>
        <translation>要相对预测值绘制的损失函数</translation>
    </message>
    <message>
        <source>target y:</source>
        <translation>目标 y：</translation>
    </message>
    <message>
        <source>The target value (hinge and exponential use its sign, −1 or +1; bce and cross-entropy a probability)</source>
        <translation>目标值（hinge 和 exponential 使用其符号 −1 或 +1；bce 和交叉熵使用概率）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>d loss / d prediction</source>
        <translation>d 损失 / d 预测值</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why the pairs work.&lt;/b&gt; With a = sigmoid(z) and bce, dC/da = (a − y) / (a(1 − a)) and da/dz = a(1 − a): the product is &lt;b&gt;dC/dz = a − y&lt;/b&gt;. The σ&apos; that vanishes when the neuron saturates cancels, so a confident wrong answer still gets a large gradient. Softmax with cross-entropy gives the same &lt;b&gt;∂C/∂z = a − y&lt;/b&gt;. With mse instead, dC/dz = 2(a − y)·σ&apos;(z) is tiny for a saturated neuron even when it is badly wrong: learning stalls.</source>
        <translation>&lt;b&gt;为什么这样搭配有效。&lt;/b&gt;当 a = sigmoid(z) 且使用 bce 时，dC/da = (a − y) / (a(1 − a))，da/dz = a(1 − a)：二者之积为 &lt;b&gt;dC/dz = a − y&lt;/b&gt;。神经元饱和时趋于零的 σ&apos; 被约掉了，因此自信但错误的输出仍能得到较大的梯度。softmax 配合交叉熵同样得到 &lt;b&gt;∂C/∂z = a − y&lt;/b&gt;。若改用 mse，dC/dz = 2(a − y)·σ&apos;(z)，对饱和的神经元即使错得很离谱也非常小：学习停滞。</translation>
    </message>
</context>
<context>
    <name>gs::ui::FormulaView</name>
    <message>
        <source>Output size: %1;   %2</source>
        <translation>输出尺寸：%1；   %2</translation>
    </message>
    <message>
        <source>Pooling has no parameters to learn.</source>
        <translation>池化没有需要学习的参数。</translation>
    </message>
    <message>
        <source>Parameters = N·C·kh·kw + N = %1·%2 + %1 = %3;   MACs = N·Ho·Wo·C·kh·kw = %1·%4·%5·%2 = %6;   FLOPs = 2·MACs = %7</source>
        <translation>参数量 = N·C·kh·kw + N = %1·%2 + %1 = %3；   乘加次数 MACs = N·Ho·Wo·C·kh·kw = %1·%4·%5·%2 = %6；   FLOPs = 2·MACs = %7</translation>
    </message>
    <message>
        <source>Output size per axis: ⌊(input + padding before + padding after − effective kernel) / stride⌋ + 1</source>
        <translation>每个方向的输出尺寸：⌊(输入 + 前侧填充 + 后侧填充 − 有效卷积核尺寸) / 步长⌋ + 1</translation>
    </message>
    <message>
        <source>Cost of this layer: learnable parameters, multiply-adds and floating-point operations</source>
        <translation>该层的计算代价：可学习参数、乘加次数和浮点运算次数</translation>
    </message>
</context>
<context>
    <name>gs::ui::GradientHeatMap</name>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>log10 ‖∂L/∂W‖</source>
        <translation>log10 ‖∂L/∂W‖</translation>
    </message>
</context>
<context>
    <name>gs::ui::GradientsPage</name>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Custom set-up</source>
        <translation>自定义设置</translation>
    </message>
    <message>
        <source>(nothing: one panel)</source>
        <translation>（无：单面板）</translation>
    </message>
    <message>
        <source>Show a second scenario side by side, same depth, width and data</source>
        <translation>并排显示第二个场景，深度、宽度和数据相同</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>训练一步</translation>
    </message>
    <message>
        <source>Step ×10</source>
        <translation>单步 ×10</translation>
    </message>
    <message>
        <source>Ten training steps</source>
        <translation>训练十步</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Train until paused; the views update live</source>
        <translation>持续训练直到暂停；视图实时更新</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop after the current step</source>
        <translation>在当前步完成后停止</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again from the initial weights (same seed, same run)</source>
        <translation>从初始权重重新开始（相同种子，相同运行）</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vanishing and exploding gradients&lt;/h3&gt;&lt;p&gt;Backpropagation multiplies one factor per layer: the gradient reaching layer l is the output&apos;s gradient times, for every layer above it, the weight times the activation&apos;s slope σ&apos;(z). Sigmoid&apos;s slope is at most 0.25, so with weights of moderate size each factor is below 1 and the product shrinks exponentially with depth: the layers near the input stop learning (&lt;i&gt;vanishing&lt;/i&gt;). With large weights the factors exceed 1 and the product grows exponentially (&lt;i&gt;exploding&lt;/i&gt;); updates become huge and the loss can turn into NaN.&lt;/p&gt;&lt;p&gt;The network has L weight layers: input → W, L−2 hidden W → W, W → classes, trained on the whole data set with cross-entropy. Layer 1 is nearest the input.&lt;/p&gt;&lt;h4&gt;The verdict line&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;r = ‖∂L/∂W₂‖ / ‖∂L/∂W_(L−1)‖ in the last step: the first and last hidden layers, so the input&apos;s and the output&apos;s scale do not enter (layers 1 and L when L &amp;lt; 4).&lt;/li&gt;&lt;li&gt;&lt;b&gt;vanishing&lt;/b&gt;: r &amp;lt; 1e-3;&lt;/li&gt;&lt;li&gt;&lt;b&gt;exploding&lt;/b&gt;: r &amp;gt; 1e3 in one of the last 5 steps (the huge update an explosion causes often saturates the network, so the next steps alone would hide it), or the global gradient norm grew more than 1e3 times within the last 5 steps;&lt;/li&gt;&lt;li&gt;&lt;b&gt;diverged&lt;/b&gt;: a loss, gradient, weight or activation became NaN or infinite: the run pauses, the step is marked on the loss plot and the layer is named;&lt;/li&gt;&lt;li&gt;&lt;b&gt;healthy&lt;/b&gt;: otherwise. When clipping acted, the norms before and after are added.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;Views&lt;/h4&gt;&lt;p&gt;Gradient norm per layer (log scale); heat map of log10 gradient norm, layer × step; activation distributions with the saturated (|tanh| &amp;gt; 0.99, sigmoid &amp;lt; 0.01 or &amp;gt; 0.99) or dead (ReLU unit never positive on the data) fraction; update-to-weight ratio ‖ΔW‖/‖W‖ per layer; the loss; and the chain rule for one neuron per layer (weights drawn like the network&apos;s, x = 1, target 0): each factor σ&apos;(z_l)·w_l, the running product ∂C/∂a from the output back to the input, and the 0.25 bound of sigmoid&apos;s slope. Right-click a plot to export it as PNG, PDF or CSV.&lt;/p&gt;&lt;h4&gt;Scenarios&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Compare with: shows a second scenario next to the first, with the same depth, width, data and seed.&lt;/p&gt;&lt;p&gt;Try this (each link sets the page up and runs 10 steps; click a scenario&apos;s name above for it alone): &lt;a href=&quot;try:vanishing-vs-residual&quot;&gt;the deep sigmoid net against the same net with residual shortcuts&lt;/a&gt; · &lt;a href=&quot;try:exploding-vs-clipping&quot;&gt;the too-large init with and without gradient clipping&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;梯度消失与梯度爆炸&lt;/h3&gt;&lt;p&gt;反向传播每经过一层就乘上一个因子：到达第 l 层的梯度，等于输出端的梯度乘以其上每一层的权重与激活函数斜率 σ&apos;(z) 之积。sigmoid 的斜率至多为 0.25，因此权重大小适中时每个因子都小于 1，乘积随深度指数级缩小：靠近输入的层停止学习（&lt;i&gt;梯度消失&lt;/i&gt;）。权重较大时因子超过 1，乘积指数级增长（&lt;i&gt;梯度爆炸&lt;/i&gt;）；更新变得极大，损失可能变为 NaN。&lt;/p&gt;&lt;p&gt;网络有 L 个权重层：输入 → W，L−2 个隐藏层 W → W，W → 类别，使用交叉熵在整个数据集上训练。第 1 层最靠近输入。&lt;/p&gt;&lt;h4&gt;判定行&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;r = ‖∂L/∂W₂‖ / ‖∂L/∂W_(L−1)‖，取最后一步：即第一个和最后一个隐藏层，这样输入和输出的尺度不会影响结果（L &amp;lt; 4 时取第 1 层和第 L 层）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;梯度消失&lt;/b&gt;：r &amp;lt; 1e-3；&lt;/li&gt;&lt;li&gt;&lt;b&gt;梯度爆炸&lt;/b&gt;：最近 5 步中有一步 r &amp;gt; 1e3（爆炸引起的巨大更新常使网络饱和，只看之后的几步会掩盖它），或全局梯度范数在最近 5 步内增长超过 1e3 倍；&lt;/li&gt;&lt;li&gt;&lt;b&gt;发散&lt;/b&gt;：损失、梯度、权重或激活值变为 NaN 或无穷大：运行暂停，损失图上标出该步，并指出出问题的层；&lt;/li&gt;&lt;li&gt;&lt;b&gt;正常&lt;/b&gt;：其他情况。梯度裁剪生效时，会附上裁剪前后的范数。&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;视图&lt;/h4&gt;&lt;p&gt;每层的梯度范数（对数刻度）；梯度范数 log10 的热力图，层 × 步；激活值分布，以及饱和（|tanh| &amp;gt; 0.99，sigmoid &amp;lt; 0.01 或 &amp;gt; 0.99）或死亡（ReLU 单元在数据上从不为正）的比例；每层的更新与权重之比 ‖ΔW‖/‖W‖；损失；以及每层一个神经元的链式法则（权重按网络的方式抽取，x = 1，目标为 0）：每个因子 σ&apos;(z_l)·w_l、从输出到输入的累积乘积 ∂C/∂a，以及 sigmoid 斜率的上界 0.25。右键单击图表可导出为 PNG、PDF 或 CSV。&lt;/p&gt;&lt;h4&gt;场景&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;对比：在第一个场景旁边显示第二个场景，深度、宽度、数据和随机种子都相同。&lt;/p&gt;&lt;p&gt;试试（每个链接会设置好页面并运行 10 步；单击上方的场景名称可单独查看该场景）：&lt;a href=&quot;try:vanishing-vs-residual&quot;&gt;深层 sigmoid 网络与加了残差捷径连接的同一网络对比&lt;/a&gt; · &lt;a href=&quot;try:exploding-vs-clipping&quot;&gt;初始化过大时，使用与不使用梯度裁剪的对比&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gs::ui::GradientsPanel</name>
    <message>
        <source>cannot run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>no step yet: press Step or Run</source>
        <translation>尚未运行：请按“单步”或“运行”</translation>
    </message>
    <message>
        <source>diverged at step %1: layer %2 is not finite (NaN or inf); paused, the plots show the run up to there</source>
        <translation>第 %1 步发散：第 %2 层出现非有限值（NaN 或 inf）；已暂停，图表显示到该步为止的运行</translation>
    </message>
    <message>
        <source>diverged at step %1: the loss is not finite (NaN or inf); paused</source>
        <translation>第 %1 步发散：损失不是有限值（NaN 或 inf）；已暂停</translation>
    </message>
    <message>
        <source>exploding: gradient norm grew %1 in %2 steps</source>
        <translation>梯度爆炸：梯度范数在 %2 步内增长了 %1</translation>
    </message>
    <message>
        <source>exploding at step %4: layer %1 gets %2 times layer %3&apos;s gradient</source>
        <translation>第 %4 步梯度爆炸：第 %1 层的梯度是第 %3 层的 %2 倍</translation>
    </message>
    <message>
        <source>exploding: layer %1 gets %2 times layer %3&apos;s gradient</source>
        <translation>梯度爆炸：第 %1 层的梯度是第 %3 层的 %2 倍</translation>
    </message>
    <message>
        <source>vanishing: layer %1 gets %2 of layer %3&apos;s gradient</source>
        <translation>梯度消失：第 %1 层的梯度是第 %3 层的 %2</translation>
    </message>
    <message>
        <source>healthy: layer %1 gets %2 of layer %3&apos;s gradient</source>
        <translation>正常：第 %1 层的梯度是第 %3 层的 %2</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source> (clipped from %1 to %2)</source>
        <translation>（已从 %1 裁剪到 %2）</translation>
    </message>
    <message>
        <source>‖∂L/∂W_l‖ (log)</source>
        <translation>‖∂L/∂W_l‖（对数）</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Frobenius norm of each weight layer&apos;s gradient in the last step. A line falling to the left means the gradient vanishes toward the input; rising to the left, it explodes.</source>
        <translation>最后一步中每个权重层梯度的 Frobenius 范数。曲线向左下降表示梯度朝输入方向消失；向左上升则表示梯度爆炸。</translation>
    </message>
    <message>
        <source>‖ΔW_l‖ / ‖W_l‖ (log)</source>
        <translation>‖ΔW_l‖ / ‖W_l‖（对数）</translation>
    </message>
    <message>
        <source>update ratio</source>
        <translation>更新比</translation>
    </message>
    <message>
        <source>1e-3 rule of thumb</source>
        <translation>1e-3 经验值</translation>
    </message>
    <message>
        <source>How much the last update changed each weight matrix, relative to its size. Around 1e-3 is a common rule of thumb; far below, the layer barely learns.</source>
        <translation>最后一次更新相对于各权重矩阵自身大小的改变量。常用经验值约为 1e-3；远低于此，该层几乎不学习。</translation>
    </message>
    <message>
        <source>log10 of each layer&apos;s gradient norm (rows) at every step (columns)</source>
        <translation>每层（行）在每一步（列）的梯度范数的 log10</translation>
    </message>
    <message>
        <source>Distribution of each layer&apos;s activations over the data in the last step; bars: saturated values (sigmoid, tanh) or dead units (ReLU family)</source>
        <translation>最后一步中每层激活值在数据上的分布；柱：饱和值（sigmoid、tanh）或死亡单元（ReLU 系列）</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>loss (cross-entropy)</source>
        <translation>损失（交叉熵）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>Loss of every step, computed before its update</source>
        <translation>每一步的损失，在该步更新之前计算</translation>
    </message>
    <message>
        <source>One neuron per layer: each link multiplies the gradient by σ&apos;(z_l)·w_l. The running product (red) is the gradient arriving at each layer from the output.</source>
        <translation>每层一个神经元：每个连接把梯度乘以 σ&apos;(z_l)·w_l。累积乘积（红色）就是从输出传到各层的梯度。</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Update ratio</source>
        <translation>更新比</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Chain rule</source>
        <translation>链式法则</translation>
    </message>
    <message>
        <source>The regime of the last step and the number behind it; the thresholds are in the help</source>
        <translation>最后一步所处的状态及其依据的数值；阈值见帮助</translation>
    </message>
</context>
<context>
    <name>gs::ui::GradientsSetup</name>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Initialiser</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>初始化尺度</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>批量归一化</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>残差</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>L2 (λ)</source>
        <translation>L2（λ）</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>by norm</source>
        <translation>按范数</translation>
    </message>
    <message>
        <source>by value</source>
        <translation>按值</translation>
    </message>
    <message>
        <source>too large (std 3)</source>
        <translation>过大（标准差 3）</translation>
    </message>
    <message>
        <source>normal (std below)</source>
        <translation>正态（标准差见下）</translation>
    </message>
    <message>
        <source>uniform (±a below)</source>
        <translation>均匀（±a 见下）</translation>
    </message>
    <message>
        <source>before each activation</source>
        <translation>每个激活函数之前</translation>
    </message>
    <message>
        <source>shortcut around hidden blocks</source>
        <translation>绕过隐藏块的捷径连接</translation>
    </message>
    <message>
        <source>Number of weight layers L (1–%1): input → W, L−2 hidden W → W, W → classes</source>
        <translation>权重层数 L（1–%1）：输入 → W，L−2 个隐藏层 W → W，W → 类别</translation>
    </message>
    <message>
        <source>Units per hidden layer W</source>
        <translation>每个隐藏层的单元数 W</translation>
    </message>
    <message>
        <source>Activation after every hidden layer</source>
        <translation>每个隐藏层之后的激活函数</translation>
    </message>
    <message>
        <source>How the weights are drawn at the start; &apos;too large&apos; makes the chain-rule factors exceed 1</source>
        <translation>开始时如何抽取权重；“过大”会使链式法则中的因子超过 1</translation>
    </message>
    <message>
        <source>Standard deviation for &apos;normal&apos;, bound a of U(−a, a) for &apos;uniform&apos;</source>
        <translation>“正态”时为标准差，“均匀”时为 U(−a, a) 的界 a</translation>
    </message>
    <message>
        <source>Normalise each hidden layer&apos;s pre-activations over the batch</source>
        <translation>在批量上对每个隐藏层的激活前值做归一化</translation>
    </message>
    <message>
        <source>y = x + block(x): the gradient gets a path that skips the block</source>
        <translation>y = x + block(x)：梯度获得一条跳过该块的通路</translation>
    </message>
    <message>
        <source>Limit the gradient before the update: by its global norm, or each element by value</source>
        <translation>在更新前限制梯度：按全局范数，或逐元素按值</translation>
    </message>
    <message>
        <source>Maximum global norm (by norm) or absolute value (by value)</source>
        <translation>最大全局范数（按范数）或最大绝对值（按值）</translation>
    </message>
    <message>
        <source>Weight decay λ: adds λ·w to each gradient, pulling weights toward 0</source>
        <translation>权重衰减 λ：在每个梯度上加 λ·w，把权重拉向 0</translation>
    </message>
    <message>
        <source>Update rule (torch.optim semantics)</source>
        <translation>更新规则（torch.optim 语义）</translation>
    </message>
    <message>
        <source>Training data; every step uses the whole set (at most 512 samples)</source>
        <translation>训练数据；每一步使用整个数据集（最多 512 个样本）</translation>
    </message>
    <message>
        <source>Seed of the weights and the data: same seed, same run</source>
        <translation>权重和数据的随机种子：相同种子，相同运行</translation>
    </message>
</context>
<context>
    <name>gs::ui::ImageLab</name>
    <message>
        <source>Open a picture</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2. The previous picture is kept.</source>
        <translation>无法打开“%1”：%2。保留之前的图片。</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>A classic image kernel; edit any cell to make it your own</source>
        <translation>经典的图像卷积核；编辑任意单元格即可自定义</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Kernel rows, 1 to 7</source>
        <translation>卷积核行数，1 到 7</translation>
    </message>
    <message>
        <source>Kernel columns, 1 to 7</source>
        <translation>卷积核列数，1 到 7</translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Filter your own PNG or JPG (shown in grey, at most 512 pixels a side)</source>
        <translation>对你自己的 PNG 或 JPG 图片滤波（以灰度显示，每边最多 512 像素）</translation>
    </message>
    <message>
        <source>Sample picture</source>
        <translation>示例图片</translation>
    </message>
    <message>
        <source>Go back to the picture that comes with Gradscope</source>
        <translation>恢复 Gradscope 自带的图片</translation>
    </message>
    <message>
        <source>Why the picture or kernel could not be used</source>
        <translation>图片或卷积核无法使用的原因</translation>
    </message>
    <message>
        <source>Cross-correlation with “same” zero padding: the output has the picture&apos;s size. Grey values run from 0 (black) to 1 (white).</source>
        <translation>采用“same”零填充的互相关：输出与图片尺寸相同。灰度值从 0（黑）到 1（白）。</translation>
    </message>
    <message>
        <source>How the output is computed</source>
        <translation>输出的计算方式</translation>
    </message>
    <message>
        <source>sample picture</source>
        <translation>示例图片</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels, shown scaled to %4×%5</source>
        <translation>%1：%2×%3 像素，缩放显示为 %4×%5</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels</source>
        <translation>%1：%2×%3 像素</translation>
    </message>
    <message>
        <source>The picture being filtered</source>
        <translation>正在滤波的图片</translation>
    </message>
    <message>
        <source>Input (grey)</source>
        <translation>输入（灰度）</translation>
    </message>
    <message>
        <source>The picture as grey values from 0 to 1</source>
        <translation>以 0 到 1 的灰度值表示的图片</translation>
    </message>
    <message>
        <source>Output feature map</source>
        <translation>输出特征图</translation>
    </message>
    <message>
        <source>Negative values blue, 0 white, positive red; the legend gives the scale</source>
        <translation>负值为蓝色，0 为白色，正值为红色；图例给出刻度</translation>
    </message>
</context>
<context>
    <name>gs::ui::LayerForm</name>
    <message numerus="yes">
        <source>%n inner layer(s)</source>
        <translation><numerusform>%n 个内层</numerusform></translation>
    </message>
    <message>
        <source>projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>= kernel</source>
        <translation>= 卷积核</translation>
    </message>
    <message>
        <source>a whole number, or two as &quot;h, w&quot;</source>
        <translation>应为整数，或两个整数 &quot;h, w&quot;</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>a whole number, or four as &quot;top, bottom, left, right&quot;</source>
        <translation>应为整数，或四个整数（上, 下, 左, 右）</translation>
    </message>
    <message>
        <source>needs a dense or conv2d inner layer</source>
        <translation>需要一个 dense 或 conv2d 内层</translation>
    </message>
    <message>
        <source>a JSON array of layer objects</source>
        <translation>应为由层对象组成的 JSON 数组</translation>
    </message>
    <message>
        <source>Select a layer to edit its fields.</source>
        <translation>选择一层以编辑其字段。</translation>
    </message>
    <message>
        <source>%1 has no fields to set.</source>
        <translation>%1 没有可设置的字段。</translation>
    </message>
    <message>
        <source>Fields of the %1 layer (applied as you type):</source>
        <translation>%1 层的字段（输入即生效）：</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Output features of the dense layer</source>
        <translation>dense 层的输出特征数</translation>
    </message>
    <message>
        <source>Out channels</source>
        <translation>输出通道数</translation>
    </message>
    <message>
        <source>Number of kernels, one output channel each</source>
        <translation>卷积核个数，每个卷积核对应一个输出通道</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Kernel size: n for n×n, or &quot;h, w&quot;</source>
        <translation>卷积核尺寸：n 表示 n×n，或 &quot;h, w&quot;</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Step of the window: n, or &quot;h, w&quot;</source>
        <translation>窗口每步移动的距离：n，或 &quot;h, w&quot;</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>valid: none; same: output as large as the input (stride 1); full: kernel − 1 on each side; explicit: the amount typed (n, or &quot;top, bottom, left, right&quot;)</source>
        <translation>valid：不填充；same：输出与输入一样大（步长 1 时）；full：每边填充 卷积核 − 1；explicit：按输入的数量填充（n，或四个数：上, 下, 左, 右）</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>膨胀</translation>
    </message>
    <message>
        <source>Spacing between kernel taps: n, or &quot;h, w&quot;</source>
        <translation>卷积核元素之间的间距：n，或 &quot;h, w&quot;</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>斜率</translation>
    </message>
    <message>
        <source>Slope of leaky ReLU for negative inputs</source>
        <translation>leaky ReLU 在负输入上的斜率</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>α</translation>
    </message>
    <message>
        <source>ELU&apos;s α: the value approached for very negative inputs is −α</source>
        <translation>ELU 的 α：输入很负时输出趋于 −α</translation>
    </message>
    <message>
        <source>Drop probability</source>
        <translation>丢弃概率</translation>
    </message>
    <message>
        <source>Probability p in [0, 1] that an activation is zeroed while training</source>
        <translation>训练时每个激活值被置零的概率 p，取值 [0, 1]</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Weight of the new batch in the running mean and variance (PyTorch&apos;s momentum)</source>
        <translation>新批次在滑动均值和方差中所占的权重（即 PyTorch 的 momentum）</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Added to the variance before the square root</source>
        <translation>开平方之前加到方差上</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Units of every dense layer inside the block</source>
        <translation>块内每个 dense 层的单元数</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>Add a layer that maps the block&apos;s input to its output shape, for when they differ; off: the input is added as it is</source>
        <translation>添加一层，把块的输入映射为输出的形状，用于两者形状不同时；关闭：输入按原样相加</translation>
    </message>
    <message>
        <source>Inner layers</source>
        <translation>内层</translation>
    </message>
    <message>
        <source>The layers inside the block as a JSON array of model-file objects</source>
        <translation>块内的各层，以模型文件对象组成的 JSON 数组表示</translation>
    </message>
</context>
<context>
    <name>gs::ui::LayerMapsView</name>
    <message>
        <source>Feature maps appear once a network is set up.</source>
        <translation>设置好网络后将显示特征图。</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>类别概率</translation>
    </message>
    <message>
        <source>Activations of this layer, one bar per unit</source>
        <translation>该层的激活值，每个单元一根柱</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 kernels %2</source>
        <translation>%1 的卷积核 %2</translation>
    </message>
    <message>
        <source>Softmax of the network&apos;s output for this sample</source>
        <translation>该样本的网络输出经 softmax 后的结果</translation>
    </message>
    <message>
        <source>kernel %1 ← channel %2</source>
        <translation>卷积核 %1 ← 通道 %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>通道 %1</translation>
    </message>
</context>
<context>
    <name>gs::ui::LayerPlot</name>
    <message>
        <source>layer (1 = nearest the input)</source>
        <translation>层（1 = 最靠近输入）</translation>
    </message>
</context>
<context>
    <name>gs::ui::LossView</name>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation>以对数坐标轴显示损失</translation>
    </message>
    <message>
        <source>Earlier runs overlaid on the plot: untick to hide, double-click to rename</source>
        <translation>叠加在图上的历史运行：取消勾选可隐藏，双击可重命名</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>移除运行</translation>
    </message>
    <message>
        <source>Remove the selected earlier run</source>
        <translation>移除选中的历史运行</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, right-click to export</source>
        <translation>拖动平移，滚轮缩放，右键导出</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证集准确率</translation>
    </message>
    <message>
        <source>Hover the plot to read values.</source>
        <translation>将鼠标悬停在图上读取数值。</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证集损失</translation>
    </message>
    <message>
        <source>(val)</source>
        <translation>（验证）</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>smoothed loss</source>
        <translation>平滑损失</translation>
    </message>
    <message>
        <source>step %1: loss %2</source>
        <translation>第 %1 步：损失 %2</translation>
    </message>
    <message>
        <source>%1 · validation loss %2, accuracy %3 %</source>
        <translation>%1 · 验证集损失 %2，准确率 %3 %</translation>
    </message>
</context>
<context>
    <name>gs::ui::MainWindow</name>
    <message>
        <source>About Gradscope</source>
        <translation>关于 Gradscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gradscope %1&lt;/h3&gt;&lt;p&gt;Watch a neural network compute and learn, one step at a time.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gradscope %1&lt;/h3&gt;&lt;p&gt;一步一步观察神经网络如何计算和学习。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The translation for %1 could not be loaded; English is shown.</source>
        <translation>无法加载 %1 的翻译；将显示英文。</translation>
    </message>
    <message>
        <source>Gradscope</source>
        <translation>Gradscope</translation>
    </message>
    <message>
        <source>%1 — Gradscope</source>
        <translation>%1 — Gradscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved .gradscope session</source>
        <translation>打开已保存的 .gradscope 会话</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help panel</source>
        <translation>帮助面板(&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Gradscope</source>
        <translation>关于 Gradscope(&amp;A)</translation>
    </message>
    <message>
        <source>Pages: choose what to explore</source>
        <translation>页面：选择要探索的内容</translation>
    </message>
    <message>
        <source>&lt;p&gt;No help for this page yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本页面暂无帮助。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Gradscope sessions (*.gradscope)</source>
        <translation>Gradscope 会话 (*.gradscope)</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Restore last session?</source>
        <translation>恢复上次的会话？</translation>
    </message>
    <message>
        <source>Gradscope did not close cleanly last time. Restore the work from %1?</source>
        <translation>Gradscope 上次未正常关闭。是否恢复 %1 的工作？</translation>
    </message>
    <message>
        <source>Cannot restore session</source>
        <translation>无法恢复会话</translation>
    </message>
</context>
<context>
    <name>gs::ui::MapTile</name>
    <message>
        <source>Click to see this map large</source>
        <translation>单击放大查看此图</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>gs::ui::MatrixEditor</name>
    <message>
        <source>Type a number in a cell (e.g. 3, -1.5, 2e-3)</source>
        <translation>在单元格中输入数字（例如 3、-1.5、2e-3）</translation>
    </message>
    <message>
        <source>Why a cell is not used: fix the cell to clear this message</source>
        <translation>单元格未被使用的原因：修正该单元格即可清除此消息</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 is empty; the last valid value %4 is used.</source>
        <translation>%1 第 %2 行第 %3 列为空；使用上一个有效值 %4。</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: “%4” is not a number; the last valid value %5 is used.</source>
        <translation>%1 第 %2 行第 %3 列：“%4”不是数字；使用上一个有效值 %5。</translation>
    </message>
</context>
<context>
    <name>gs::ui::NetworkPanel</name>
    <message>
        <source>x, y and the learning rate must be numbers (e.g. 0.05, 0.1); the previous values are kept</source>
        <translation>x、y 和学习率必须是数字（例如 0.05, 0.1）；保留之前的值</translation>
    </message>
    <message>
        <source>the previous values are kept</source>
        <translation>保留之前的值</translation>
    </message>
    <message>
        <source>“%1” is not a number: %2 keeps its value %3.</source>
        <translation>“%1”不是数字：%2 保持原值 %3。</translation>
    </message>
    <message>
        <source>Forward pass, layer %1</source>
        <translation>前向传播，第 %1 层</translation>
    </message>
    <message>
        <source>Loss C</source>
        <translation>损失 C</translation>
    </message>
    <message>
        <source>Output error δ%1</source>
        <translation>输出层误差 δ%1</translation>
    </message>
    <message>
        <source>Error of layer %1: δ%2</source>
        <translation>第 %1 层误差：δ%2</translation>
    </message>
    <message>
        <source>Bias gradient ∂C/∂b%1</source>
        <translation>偏置梯度 ∂C/∂b%1</translation>
    </message>
    <message>
        <source>Weight gradient ∂C/∂W%1</source>
        <translation>权重梯度 ∂C/∂W%1</translation>
    </message>
    <message>
        <source>Update of layer %1 (old → new)</source>
        <translation>第 %1 层的更新（旧 → 新）</translation>
    </message>
    <message>
        <source>Step %1 of %2 (iteration %3): %4</source>
        <translation>第 %1 步，共 %2 步（第 %3 次迭代）：%4</translation>
    </message>
    <message>
        <source>Not a finite number: %1. inf means the value overflowed the double range (about 1.8e308); NaN (not a number) comes from inf − inf or 0 × inf. Make the weights, inputs or learning rate smaller.</source>
        <translation>不是有限数：%1。inf 表示数值超出了 double 的范围（约 1.8e308）；NaN（非数字）来自 inf − inf 或 0 × inf。请减小权重、输入或学习率。</translation>
    </message>
    <message>
        <source>backprop and finite differences agree to 1e-8</source>
        <translation>反向传播与有限差分在 1e-8 内一致</translation>
    </message>
    <message>
        <source>backprop and finite differences do NOT agree to 1e-8</source>
        <translation>反向传播与有限差分在 1e-8 内不一致</translation>
    </message>
    <message>
        <source>Central differences (C(θ+h) − C(θ−h)) / 2h, h = 1e-6, for every weight and bias: max |backprop − numeric| = %1: %2.</source>
        <translation>中心差分 (C(θ+h) − C(θ−h)) / 2h，h = 1e-6，对每个权重和偏置计算：max |反向传播 − 数值| = %1：%2。</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>finite difference</source>
        <translation>有限差分</translation>
    </message>
    <message>
        <source>|difference|</source>
        <translation>|差值|</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入数</translation>
    </message>
    <message>
        <source>Number of inputs x (1–4)</source>
        <translation>输入 x 的个数（1–4）</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Number of layers after the input (1–4)</source>
        <translation>输入之后的层数（1–4）</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Neurons in layer %1 (1–4)</source>
        <translation>第 %1 层的神经元数（1–4）</translation>
    </message>
    <message>
        <source>Activation σ of layer %1 (with cross-entropy the output layer uses softmax)</source>
        <translation>第 %1 层的激活函数 σ（使用交叉熵时输出层采用 softmax）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>mse: C = (1/n) Σ (a − y)² (torch MSELoss; with 2 outputs equal to the textbook ½ Σ (y − a)²). cross_entropy: softmax output, C = −Σ y log a</source>
        <translation>mse：C = (1/n) Σ (a − y)²（torch MSELoss；有 2 个输出时等于教材中的 ½ Σ (y − a)²）。cross_entropy：softmax 输出，C = −Σ y log a</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>Step size of the update W ← W − η ∂C/∂W</source>
        <translation>更新 W ← W − η ∂C/∂W 的步长</translation>
    </message>
    <message>
        <source>Sample x</source>
        <translation>样本 x</translation>
    </message>
    <message>
        <source>The input values, separated by commas</source>
        <translation>输入值，用逗号分隔</translation>
    </message>
    <message>
        <source>Target y</source>
        <translation>目标 y</translation>
    </message>
    <message>
        <source>The wanted outputs, separated by commas (for cross-entropy: probabilities summing to 1, e.g. 0, 1)</source>
        <translation>期望输出，用逗号分隔（交叉熵时：和为 1 的概率，例如 0, 1）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Seed of the random weights: the same seed gives the same weights</source>
        <translation>随机权重的种子：相同的种子给出相同的权重</translation>
    </message>
    <message>
        <source>Random weights</source>
        <translation>随机权重</translation>
    </message>
    <message>
        <source>Draw new weights and biases as torch.nn.Linear does: uniform in ±1/√(inputs of the layer), from the seed</source>
        <translation>按 torch.nn.Linear 的方式根据种子重新抽取权重和偏置：在 ±1/√(该层输入数) 内均匀分布</translation>
    </message>
    <message>
        <source>Textbook example 2-2-2</source>
        <translation>教材示例 2-2-2</translation>
    </message>
    <message>
        <source>Matt Mazur&apos;s step-by-step example: x = (0.05, 0.1), y = (0.01, 0.99), sigmoid, η = 0.5; total error 0.298371109</source>
        <translation>Matt Mazur 的逐步示例：x = (0.05, 0.1)，y = (0.01, 0.99)，sigmoid，η = 0.5；总误差 0.298371109</translation>
    </message>
    <message>
        <source>Neurons show z and a; edges show the weights (blue positive, red negative, thicker = larger). Yellow: what this step reads; green: what it computes. Double-click a weight or bias to edit it.</source>
        <translation>神经元显示 z 和 a；连线显示权重（蓝色为正，红色为负，越粗 = 越大）。黄色：本步读取的量；绿色：本步计算的量。双击权重或偏置可编辑。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Previous step (Backspace)</source>
        <translation>上一步（Backspace）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Next step (Space); after the update, a new iteration</source>
        <translation>下一步（空格键）；更新之后开始新一次迭代</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step automatically</source>
        <translation>自动逐步执行</translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation>跳到某一步</translation>
    </message>
    <message>
        <source>Next sample ▶▶</source>
        <translation>下一个样本 ▶▶</translation>
    </message>
    <message>
        <source>Keep the updated weights and run the sample again: the loss history shows the loss falling</source>
        <translation>保留更新后的权重并再次运行该样本：损失历史显示损失在下降</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>梯度检验</translation>
    </message>
    <message>
        <source>Backprop&apos;s gradient beside the finite-difference estimate, for the layer of the current step</source>
        <translation>当前步骤所在层的反向传播梯度与有限差分估计值对照</translation>
    </message>
    <message>
        <source>Loss per iteration</source>
        <translation>每次迭代的损失</translation>
    </message>
    <message>
        <source>The loss of each iteration (before its update); right-click to export</source>
        <translation>每次迭代的损失（更新之前）；右键导出</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>loss C</source>
        <translation>损失 C</translation>
    </message>
    <message>
        <source>The saved network could not be restored: %1</source>
        <translation>无法恢复已保存的网络：%1</translation>
    </message>
    <message>
        <source>Worked solution saved to %1</source>
        <translation>解题过程已保存到 %1</translation>
    </message>
    <message>
        <source>Export worked solution…</source>
        <translation>导出解题过程…</translation>
    </message>
    <message>
        <source>Save every step of this iteration with its numbers as a printable page (HTML or PDF) to hand out</source>
        <translation>将本次迭代的每一步连同具体数字保存为可打印的页面（HTML 或 PDF），便于分发</translation>
    </message>
    <message>
        <source>Where the worked solution went, or why it could not be saved</source>
        <translation>解题过程的保存位置，或无法保存的原因</translation>
    </message>
</context>
<context>
    <name>gs::ui::NetworkView</name>
    <message>
        <source>Type a number and press Enter; Escape cancels</source>
        <translation>输入数字后按 Enter；按 Escape 取消</translation>
    </message>
</context>
<context>
    <name>gs::ui::NumberGrid</name>
    <message>
        <source>Copy numbers</source>
        <translation>复制数字</translation>
    </message>
</context>
<context>
    <name>gs::ui::OptimizersPage</name>
    <message>
        <source>ε must be a number; the table keeps %1.</source>
        <translation>ε 必须是数字；表格保留 %1。</translation>
    </message>
    <message>
        <source>The start point needs two numbers x and y.</source>
        <translation>起点需要两个数 x 和 y。</translation>
    </message>
    <message>
        <source>(%1, %2) is outside the view x ∈ [%3, %4], y ∈ [%5, %6]; zoom out or pick a point inside. The race keeps (%7, %8).</source>
        <translation>(%1, %2) 在视图 x ∈ [%3, %4]，y ∈ [%5, %6] 之外；请缩小视图或选择视图内的点。比赛保留 (%7, %8)。</translation>
    </message>
    <message>
        <source>diverged at step %1</source>
        <translation>在第 %1 步发散</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, step %2&lt;br&gt;x = %3, y = %4&lt;br&gt;f = %5&lt;br&gt;∇f = (%6, %7)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，第 %2 步&lt;br&gt;x = %3, y = %4&lt;br&gt;f = %5&lt;br&gt;∇f = (%6, %7)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Quadratic ravine  ½(x² + 10y²)</source>
        <translation>二次峡谷  ½(x² + 10y²)</translation>
    </message>
    <message>
        <source>Rosenbrock  (1−x)² + 100(y−x²)²</source>
        <translation>Rosenbrock  (1−x)² + 100(y−x²)²</translation>
    </message>
    <message>
        <source>Beale</source>
        <translation>Beale</translation>
    </message>
    <message>
        <source>Himmelblau (four minima)</source>
        <translation>Himmelblau（四个最小值）</translation>
    </message>
    <message>
        <source>Saddle  x² − y²</source>
        <translation>鞍点  x² − y²</translation>
    </message>
    <message>
        <source>Custom f(x, y)</source>
        <translation>自定义 f(x, y)</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>曲面</translation>
    </message>
    <message>
        <source>The loss surface f(x, y) the optimizers race on</source>
        <translation>优化器比赛所在的损失曲面 f(x, y)</translation>
    </message>
    <message>
        <source>f(x, y) =</source>
        <translation>f(x, y) =</translation>
    </message>
    <message>
        <source>Your own surface: + − * / ^, sin cos exp log sqrt abs tanh, pi, e, parentheses. Its gradient is computed exactly (automatic differentiation).</source>
        <translation>自定义曲面：+ − * / ^、sin cos exp log sqrt abs tanh、pi、e、括号。其梯度精确计算（自动微分）。</translation>
    </message>
    <message>
        <source>Where the expression stops making sense</source>
        <translation>表达式出错的位置</translation>
    </message>
    <message>
        <source>Start x, y</source>
        <translation>起点 x, y</translation>
    </message>
    <message>
        <source>x of the common start point (or click the map)</source>
        <translation>公共起点的 x（或在图上单击）</translation>
    </message>
    <message>
        <source>y of the common start point (or click the map)</source>
        <translation>公共起点的 y（或在图上单击）</translation>
    </message>
    <message>
        <source>Why the start point was not moved</source>
        <translation>起点未移动的原因</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Back to the surface&apos;s own rectangle after zooming or panning</source>
        <translation>缩放或平移后回到曲面的默认范围</translation>
    </message>
    <message>
        <source>Try: Rosenbrock race</source>
        <translation>试试：Rosenbrock 比赛</translation>
    </message>
    <message>
        <source>All ten optimizers on Rosenbrock&apos;s banana valley from (−1.2, 1), learning rates tuned so that none diverges, racing 1000 steps</source>
        <translation>全部十种优化器从 (−1.2, 1) 出发，在 Rosenbrock 香蕉形山谷上比赛 1000 步，学习率已调好，都不会发散</translation>
    </message>
    <message>
        <source>Racers</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One update of every racer</source>
        <translation>每个参赛者更新一次</translation>
    </message>
    <message>
        <source>Animate the race (about 30 frames per second); click again to pause</source>
        <translation>播放比赛动画（约每秒 30 帧）；再次单击暂停</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Everyone back to the start point (step 0)</source>
        <translation>所有参赛者回到起点（第 0 步）</translation>
    </message>
    <message>
        <source>To end</source>
        <translation>到末尾</translation>
    </message>
    <message>
        <source>Jump to the last step</source>
        <translation>跳到最后一步</translation>
    </message>
    <message>
        <source>The step every racer has reached</source>
        <translation>所有参赛者已到达的步数</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Length of the race in updates</source>
        <translation>比赛长度（更新次数）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Steps per frame while running</source>
        <translation>运行时每帧的步数</translation>
    </message>
    <message>
        <source>Gradient noise σ</source>
        <translation>梯度噪声 σ</translation>
    </message>
    <message>
        <source>Adds N(0, σ²) to each gradient coordinate, as a mini-batch gradient wanders around the true one</source>
        <translation>在梯度的每个分量上加 N(0, σ²)，模拟小批量梯度在真实梯度附近的波动</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>噪声种子</translation>
    </message>
    <message>
        <source>Same seed, same noise, same race</source>
        <translation>相同种子，相同噪声，相同比赛</translation>
    </message>
    <message>
        <source>ε for the table</source>
        <translation>表格的 ε</translation>
    </message>
    <message>
        <source>The table counts the steps until f &lt; ε</source>
        <translation>表格统计直到 f &lt; ε 所需的步数</translation>
    </message>
    <message>
        <source>Why ε was not changed</source>
        <translation>ε 未被修改的原因</translation>
    </message>
    <message>
        <source>Hover a trajectory point: step, position, f, gradient and the optimizer&apos;s internal state after that step</source>
        <translation>悬停在轨迹点上：显示步数、位置、f、梯度以及该步之后优化器的内部状态</translation>
    </message>
    <message>
        <source>Hover a trajectory to read its points.</source>
        <translation>悬停在轨迹上读取各点数值。</translation>
    </message>
    <message>
        <source>Loss surface</source>
        <translation>损失曲面</translation>
    </message>
    <message>
        <source>The racers on a 2-D surface f(x, y): trajectories, f per step, table</source>
        <translation>参赛者在二维曲面 f(x, y) 上比赛：轨迹、每步的 f、表格</translation>
    </message>
    <message>
        <source>Real network</source>
        <translation>真实网络</translation>
    </message>
    <message>
        <source>The racers training the same network on real data: loss curves</source>
        <translation>参赛者在真实数据上训练同一个网络：损失曲线</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Optimizers racing on a surface&lt;/h3&gt;&lt;p&gt;Every racer starts at the same point and follows its own update rule, with g = ∇f at the current point and lr its learning rate:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;SGD&lt;/b&gt;: p ← p − lr·g. Slow along flat valleys, zig-zags across steep ones.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Momentum&lt;/b&gt;: v ← μ·v + g; p ← p − lr·v. The velocity averages past gradients: faster along the valley, it may overshoot.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nesterov&lt;/b&gt;: v ← μ·v + g; p ← p − lr·(g + μ·v). Momentum that corrects with a look ahead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adagrad&lt;/b&gt;: G ← G + g²; p ← p − lr·g / (√G + ε). Each coordinate gets its own step, shrinking as squared gradients pile up.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adadelta&lt;/b&gt;: E[g²] ← ρE[g²] + (1−ρ)g²; Δ = √(E[Δ²] + ε)/√(E[g²] + ε)·g; E[Δ²] ← ρE[Δ²] + (1−ρ)Δ²; p ← p − lr·Δ. Units of the step match units of p.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RMSprop&lt;/b&gt;: E[g²] ← αE[g²] + (1−α)g²; p ← p − lr·g / (√E[g²] + ε). Adagrad with forgetting.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adam&lt;/b&gt;: m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ); p ← p − lr·m̂ / (√v̂ + ε). Momentum plus RMSprop, with bias correction for the first steps.&lt;/li&gt;&lt;li&gt;&lt;b&gt;AdamW&lt;/b&gt;: p ← p − lr·λ·p, then the Adam step: weight decay kept out of the moments.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adamax&lt;/b&gt;: Adam with u ← max(β₂u, |g|) in place of √v̂.&lt;/li&gt;&lt;li&gt;&lt;b&gt;NAdam&lt;/b&gt;: Adam whose momentum looks ahead as Nesterov&apos;s does, with a momentum schedule μ_t.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hover a trajectory to see the state each optimizer keeps (velocity, squared-gradient average, moments). A racer whose f or gradient becomes NaN or Inf stops and is marked diverged; the others continue. Gradient noise σ shows why stochastic gradients wander near the minimum.&lt;/p&gt;&lt;h3&gt;On a real network&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Real network&lt;/b&gt; tab trains one network once per racer: the same model, the same initial weights (drawn once from the seed) and the same batches in the same order, so the curves differ only because the update rules and their hyperparameters do. Thin light lines are the training loss of every mini-batch (noisy: each batch is different), dashed lines with dots the validation loss after each epoch. The racers&apos; learning rates are used as they are, and a learning rate that suits a 2-D surface rarely suits a network: set them for the network. &lt;b&gt;Show on Training page&lt;/b&gt; adds the runs to the Training page&apos;s overlay.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;try:compare&quot;&gt;Try: six optimizers on an MLP learning the spiral&lt;/a&gt; (SGD, Momentum, Adagrad, RMSprop and Adam at two learning rates; this replaces the racers).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;优化器在曲面上比赛&lt;/h3&gt;&lt;p&gt;每个参赛者从同一点出发，按各自的更新规则前进，其中 g = ∇f 为当前点的梯度，lr 为其学习率：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;SGD&lt;/b&gt;：p ← p − lr·g。沿平坦的山谷前进缓慢，在陡峭的山谷中来回振荡。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Momentum&lt;/b&gt;（动量）：v ← μ·v + g；p ← p − lr·v。速度是过去梯度的平均：沿山谷前进更快，但可能冲过头。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nesterov&lt;/b&gt;：v ← μ·v + g；p ← p − lr·(g + μ·v)。带有前瞻修正的动量。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adagrad&lt;/b&gt;：G ← G + g²；p ← p − lr·g / (√G + ε)。每个坐标有自己的步长，随着梯度平方的累积而缩小。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adadelta&lt;/b&gt;：E[g²] ← ρE[g²] + (1−ρ)g²；Δ = √(E[Δ²] + ε)/√(E[g²] + ε)·g；E[Δ²] ← ρE[Δ²] + (1−ρ)Δ²；p ← p − lr·Δ。步长的单位与 p 的单位一致。&lt;/li&gt;&lt;li&gt;&lt;b&gt;RMSprop&lt;/b&gt;：E[g²] ← αE[g²] + (1−α)g²；p ← p − lr·g / (√E[g²] + ε)。带遗忘的 Adagrad。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adam&lt;/b&gt;：m ← β₁m + (1−β₁)g；v ← β₂v + (1−β₂)g²；m̂ = m/(1−β₁ᵗ)，v̂ = v/(1−β₂ᵗ)；p ← p − lr·m̂ / (√v̂ + ε)。动量加 RMSprop，并对最初几步做偏差修正。&lt;/li&gt;&lt;li&gt;&lt;b&gt;AdamW&lt;/b&gt;：p ← p − lr·λ·p，然后执行 Adam 步：权重衰减不进入矩估计。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adamax&lt;/b&gt;：用 u ← max(β₂u, |g|) 代替 √v̂ 的 Adam。&lt;/li&gt;&lt;li&gt;&lt;b&gt;NAdam&lt;/b&gt;：动量像 Nesterov 那样前瞻的 Adam，动量按 μ_t 调度。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;悬停在轨迹上可查看每个优化器保存的状态（速度、梯度平方平均、矩）。f 或梯度变为 NaN 或 Inf 的参赛者会停止并标记为发散；其他参赛者继续。梯度噪声 σ 展示了随机梯度为何在最小值附近徘徊。&lt;/p&gt;&lt;h3&gt;在真实网络上&lt;/h3&gt;&lt;p&gt;&lt;b&gt;真实网络&lt;/b&gt;选项卡为每个参赛者各训练一次同一个网络：相同的模型、相同的初始权重（根据随机种子只抽取一次）、按相同顺序使用相同的批次，因此曲线之间的差异只来自更新规则及其超参数。细浅线是每个小批量的训练损失（有噪声：每个批次都不同），带圆点的虚线是每轮结束后的验证集损失。参赛者的学习率按原样使用，而适合二维曲面的学习率很少适合网络：请为网络重新设置学习率。&lt;b&gt;在训练页面显示&lt;/b&gt;会把这些运行加入训练页面的叠加图。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;try:compare&quot;&gt;试试：六个优化器在 MLP 上学习螺旋数据&lt;/a&gt;（SGD、Momentum、Adagrad、RMSprop，以及两种学习率下的 Adam；这会替换当前的参赛者）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gs::ui::PoolControls</name>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>max keeps the largest value of each window (padding ignored); average divides the window&apos;s sum by its size (padding counted as 0)</source>
        <translation>最大：保留每个窗口中的最大值（忽略填充）；平均：窗口之和除以窗口大小（填充计为 0）</translation>
    </message>
    <message>
        <source>Window rows, cols</source>
        <translation>窗口（行, 列）</translation>
    </message>
    <message>
        <source>Window height</source>
        <translation>窗口高度</translation>
    </message>
    <message>
        <source>Window width</source>
        <translation>窗口宽度</translation>
    </message>
    <message>
        <source>Stride rows, cols</source>
        <translation>步长（行, 列）</translation>
    </message>
    <message>
        <source>= window</source>
        <translation>= 窗口</translation>
    </message>
    <message>
        <source>Rows the window moves per step; “= window” means the window height</source>
        <translation>窗口每步移动的行数；“= 窗口”表示等于窗口高度</translation>
    </message>
    <message>
        <source>Columns the window moves per step; “= window” means the window width</source>
        <translation>窗口每步移动的列数；“= 窗口”表示等于窗口宽度</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Zeros added on every side, at most half the window</source>
        <translation>每边添加的零，最多为窗口的一半</translation>
    </message>
</context>
<context>
    <name>gs::ui::PracticeLab</name>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Compute the %1 convolution (cross-correlation, kernel not flipped) of the %2×%3 input with the %4×%4 kernel, stride %5, bias %6.</source>
        <translation>计算 %2×%3 输入与 %4×%4 卷积核的 %1 卷积（互相关，卷积核不翻转），步长 %5，偏置 %6。</translation>
    </message>
    <message>
        <source>Your answer (%1×%2):</source>
        <translation>你的答案（%1×%2）：</translation>
    </message>
    <message>
        <source>All %1 cells right.</source>
        <translation>全部 %1 个单元格正确。</translation>
    </message>
    <message>
        <source>%1 of %2 cells right; the red ones are wrong or empty.</source>
        <translation>%2 个单元格中有 %1 个正确；红色的为错误或为空。</translation>
    </message>
    <message>
        <source>Exercise number (seed)</source>
        <translation>练习编号（种子）</translation>
    </message>
    <message>
        <source>The same number always gives the same exercise</source>
        <translation>相同的编号总是生成相同的练习</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>新练习</translation>
    </message>
    <message>
        <source>Generate the next exercise</source>
        <translation>生成下一道练习</translation>
    </message>
    <message>
        <source>What to compute</source>
        <translation>要计算的内容</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>The input, without padding: add it yourself as the mode says</source>
        <translation>未填充的输入：请按模式要求自行填充</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>The kernel, used as it is (not rotated)</source>
        <translation>卷积核，按原样使用（不旋转）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Type the output grid here, one number per cell</source>
        <translation>在此输入输出网格，每个单元格一个数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Mark every cell right (green) or wrong (red)</source>
        <translation>将每个单元格标为正确（绿色）或错误（红色）</translation>
    </message>
    <message>
        <source>Show solution</source>
        <translation>显示解答</translation>
    </message>
    <message>
        <source>Step through the worked solution, cell by cell</source>
        <translation>逐个单元格演示解题过程</translation>
    </message>
    <message>
        <source>How many cells of your answer are right</source>
        <translation>你的答案中有多少单元格正确</translation>
    </message>
    <message>
        <source>Exercise %1: %2</source>
        <translation>练习 %1：%2</translation>
    </message>
    <message>
        <source>Worked solution saved to %1</source>
        <translation>解题过程已保存到 %1</translation>
    </message>
    <message>
        <source>Export worked solution…</source>
        <translation>导出解题过程…</translation>
    </message>
    <message>
        <source>Save the exercise with every window&apos;s multiply-add and the answer as a printable page (HTML or PDF)</source>
        <translation>将练习连同每个窗口的乘加运算和答案保存为可打印的页面（HTML 或 PDF）</translation>
    </message>
    <message>
        <source>Where the worked solution went, or why it could not be saved</source>
        <translation>解题过程的保存位置，或无法保存的原因</translation>
    </message>
</context>
<context>
    <name>gs::ui::PresentationMode</name>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the whole screen (F11)</source>
        <translation>占满整个屏幕（F11）</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Make every text of the application larger (Ctrl+=)</source>
        <translation>放大应用程序中的所有文字（Ctrl+=）</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>Make every text of the application smaller (Ctrl+−)</source>
        <translation>缩小应用程序中的所有文字（Ctrl+−）</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>Back to the normal text size (Ctrl+0)</source>
        <translation>恢复正常文字大小（Ctrl+0）</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation>高对比度主题(&amp;H)</translation>
    </message>
    <message>
        <source>Black on white with strong colours, readable on a projector</source>
        <translation>白底黑字配鲜明颜色，适合投影仪显示</translation>
    </message>
</context>
<context>
    <name>gs::ui::RaceResults</name>
    <message>
        <source>not yet</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>f after each step for every racer (log scale while f &gt; 0). Right-click: export PNG / PDF / CSV.</source>
        <translation>每个参赛者每步之后的 f（f &gt; 0 时使用对数刻度）。右键：导出 PNG / PDF / CSV。</translation>
    </message>
    <message>
        <source>Racer</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <source>Steps to f &lt; %1</source>
        <translation>到达 f &lt; %1 的步数</translation>
    </message>
    <message>
        <source>Final f</source>
        <translation>最终 f</translation>
    </message>
    <message>
        <source>Distance to minimum</source>
        <translation>到最小值的距离</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Steps: the first step with f below ε. Final f and the distance to the nearest known minimum are at the current step.</source>
        <translation>步数：f 首次低于 ε 的那一步。最终 f 和到最近已知最小值的距离均取当前步。</translation>
    </message>
</context>
<context>
    <name>gs::ui::RacerEditor</name>
    <message>
        <source>Select to edit its hyperparameters</source>
        <translation>选中以编辑其超参数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Step size lr (&gt; 0). torch.optim default for %1: %2</source>
        <translation>步长 lr（&gt; 0）。%1 在 torch.optim 中的默认值：%2</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>动量 μ</translation>
    </message>
    <message>
        <source>Weight of the previous velocity: v ← μ·v + g</source>
        <translation>上一次速度的权重：v ← μ·v + g</translation>
    </message>
    <message>
        <source>Dampening</source>
        <translation>阻尼</translation>
    </message>
    <message>
        <source>Scales the new gradient in the velocity: v ← μ·v + (1 − dampening)·g</source>
        <translation>缩放速度中的新梯度：v ← μ·v + (1 − dampening)·g</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Look ahead: step along g + μ·v instead of v (needs momentum &gt; 0, dampening 0)</source>
        <translation>前瞻：沿 g + μ·v 而不是 v 前进（需要动量 &gt; 0，阻尼为 0）</translation>
    </message>
    <message>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>Decay of the gradient average (first moment), in [0, 1)</source>
        <translation>梯度平均（一阶矩）的衰减率，取值 [0, 1)</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>Decay of the squared-gradient average (second moment), in [0, 1)</source>
        <translation>梯度平方平均（二阶矩）的衰减率，取值 [0, 1)</translation>
    </message>
    <message>
        <source>α (smoothing)</source>
        <translation>α（平滑）</translation>
    </message>
    <message>
        <source>Decay of the squared-gradient average of RMSprop</source>
        <translation>RMSprop 梯度平方平均的衰减率</translation>
    </message>
    <message>
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
    <message>
        <source>Decay of Adadelta&apos;s running averages, in [0, 1]</source>
        <translation>Adadelta 滑动平均的衰减率，取值 [0, 1]</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Added to the denominator so that it is never zero</source>
        <translation>加到分母上，使分母永不为零</translation>
    </message>
    <message>
        <source>lr decay</source>
        <translation>lr 衰减</translation>
    </message>
    <message>
        <source>Adagrad&apos;s learning rate becomes lr / (1 + (t − 1)·decay)</source>
        <translation>Adagrad 的学习率变为 lr / (1 + (t − 1)·decay)</translation>
    </message>
    <message>
        <source>Momentum decay</source>
        <translation>动量衰减</translation>
    </message>
    <message>
        <source>NAdam&apos;s schedule of μ_t = β₁·(1 − 0.5·0.96^(t·decay))</source>
        <translation>NAdam 的动量调度 μ_t = β₁·(1 − 0.5·0.96^(t·decay))</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Decoupled decay: p ← p − lr·λ·p before the Adam step</source>
        <translation>解耦的权重衰减：在 Adam 步之前 p ← p − lr·λ·p</translation>
    </message>
    <message>
        <source>Adds λ·p to the gradient (L2 penalty)</source>
        <translation>在梯度上加 λ·p（L2 惩罚）</translation>
    </message>
    <message>
        <source>AMSGrad</source>
        <translation>AMSGrad</translation>
    </message>
    <message>
        <source>Use the maximum of all second moments so far (never shrinks the denominator)</source>
        <translation>使用迄今所有二阶矩的最大值（分母永不缩小）</translation>
    </message>
    <message>
        <source>Centered</source>
        <translation>中心化</translation>
    </message>
    <message>
        <source>Divide by the variance estimate E[g²] − E[g]² instead of E[g²]</source>
        <translation>除以方差估计 E[g²] − E[g]²，而不是 E[g²]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; the race keeps %2.</source>
        <translation>“%1”不是数字；比赛保留 %2。</translation>
    </message>
    <message>
        <source>The learning rate must be greater than 0; the race keeps %1.</source>
        <translation>学习率必须大于 0；比赛保留 %1。</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the chosen optimizer to the race with torch.optim&apos;s defaults; the same one may race several times with different settings</source>
        <translation>以 torch.optim 的默认值将所选优化器加入比赛；同一优化器可以用不同设置多次参赛</translation>
    </message>
    <message>
        <source>Optimizer to add</source>
        <translation>要添加的优化器</translation>
    </message>
    <message>
        <source>The racers, in their colours; select one to edit its hyperparameters</source>
        <translation>各参赛者及其颜色；选中一个以编辑其超参数</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Add a copy of the selected racer (then change e.g. its lr)</source>
        <translation>添加所选参赛者的副本（然后可修改其 lr 等）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the selected racer out of the race</source>
        <translation>将所选参赛者移出比赛</translation>
    </message>
    <message>
        <source>Why the last value was not applied</source>
        <translation>上一个值未被应用的原因</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Pick the colour of this racer&apos;s trajectory, curves and legend entry</source>
        <translation>选择该参赛者的轨迹、曲线和图例项的颜色</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>gs::ui::RunLabel</name>
    <message>
        <source>%1 (again)</source>
        <translation>%1（再次）</translation>
    </message>
</context>
<context>
    <name>gs::ui::ScaleLegend</name>
    <message>
        <source>Colour scale shared by every map of this layer</source>
        <translation>该层所有特征图共用的颜色刻度</translation>
    </message>
</context>
<context>
    <name>gs::ui::SetupPanel</name>
    <message>
        <source>Layer %1: the fields must be a JSON object such as {&quot;type&quot;: &quot;dense&quot;, &quot;out&quot;: 32}</source>
        <translation>第 %1 层：字段必须是 JSON 对象，例如 {&quot;type&quot;: &quot;dense&quot;, &quot;out&quot;: 32}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>LR schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Decay factor γ</source>
        <translation>衰减因子 γ</translation>
    </message>
    <message>
        <source>Decay every (epochs)</source>
        <translation>衰减间隔（轮）</translation>
    </message>
    <message>
        <source>L2 (weight decay)</source>
        <translation>L2（权重衰减）</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Clip gradient norm</source>
        <translation>梯度范数裁剪</translation>
    </message>
    <message>
        <source>MNIST-format folder…</source>
        <translation>MNIST 格式文件夹…</translation>
    </message>
    <message>
        <source>The data the network learns: 2-D point sets, 28×28 shapes, Fashion-MNIST or any folder of IDX files</source>
        <translation>网络要学习的数据：二维点集、28×28 形状图、Fashion-MNIST 或任何包含 IDX 文件的文件夹</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Number of generated samples (0: the set&apos;s default)</source>
        <translation>生成的样本数（0：使用数据集默认值）</translation>
    </message>
    <message>
        <source>Noise of the generated 2-D sets</source>
        <translation>生成的二维数据集的噪声</translation>
    </message>
    <message>
        <source>Classes of the generated sets</source>
        <translation>生成的数据集的类别数</translation>
    </message>
    <message>
        <source>Share of the samples held out for validation (0: the source&apos;s test part)</source>
        <translation>留作验证集的样本比例（0：使用数据源的测试部分）</translation>
    </message>
    <message>
        <source>Seed of the data, the initial weights and the shuffling: the same seed replays the same run</source>
        <translation>数据、初始权重和打乱顺序的随机种子：相同的种子重现相同的运行</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>A network of the course, built for the data&apos;s input</source>
        <translation>课程中的网络，按数据的输入构建</translation>
    </message>
    <message>
        <source>Hidden units of the MLP presets</source>
        <translation>MLP 预设的隐藏单元数</translation>
    </message>
    <message>
        <source>The layers in order, each with its output shape and parameter count; select one to edit its fields below</source>
        <translation>按顺序列出各层及其输出形状和参数量；选中一层可在下方编辑其字段</translation>
    </message>
    <message>
        <source>Layer type to add after the selected layer</source>
        <translation>要在所选层之后添加的层类型</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a layer of the chosen type after the selected one</source>
        <translation>在所选层之后添加所选类型的层</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>移除所选层</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected layer up</source>
        <translation>将所选层上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected layer down</source>
        <translation>将所选层下移</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <source>Save the network&apos;s layers as a model file (JSON)</source>
        <translation>将网络的各层保存为模型文件（JSON）</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <source>Load the layers of a model file</source>
        <translation>从模型文件加载各层</translation>
    </message>
    <message>
        <source>Save experiment…</source>
        <translation>保存实验…</translation>
    </message>
    <message>
        <source>Save data, network and every setting as an experiment file that gradscope-cli train replays</source>
        <translation>将数据、网络和所有设置保存为实验文件，可由 gradscope-cli train 重现</translation>
    </message>
    <message>
        <source>Open experiment…</source>
        <translation>打开实验…</translation>
    </message>
    <message>
        <source>Load an experiment file</source>
        <translation>加载实验文件</translation>
    </message>
    <message>
        <source>Loss function the network minimises</source>
        <translation>网络要最小化的损失函数</translation>
    </message>
    <message>
        <source>Update rule (torch.optim semantics)</source>
        <translation>更新规则（torch.optim 语义）</translation>
    </message>
    <message>
        <source>Learning rate η; can be changed while training</source>
        <translation>学习率 η；训练过程中可修改</translation>
    </message>
    <message>
        <source>Momentum (sgd, rmsprop)</source>
        <translation>动量（sgd、rmsprop）</translation>
    </message>
    <message>
        <source>Samples per step: 0 = the whole set (BGD), 1 = SGD, otherwise mini-batch (MBGD)</source>
        <translation>每步的样本数：0 = 整个数据集（BGD，批量梯度下降），1 = SGD（随机梯度下降），其他 = 小批量（MBGD，小批量梯度下降）</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>学习率在各轮之间如何变化</translation>
    </message>
    <message>
        <source>Factor of the step and exponential schedules</source>
        <translation>step 和 exponential 调度的因子</translation>
    </message>
    <message>
        <source>Epochs between decays (step schedule); half period (cosine)</source>
        <translation>两次衰减之间的轮数（step 调度）；半周期（cosine 调度）</translation>
    </message>
    <message>
        <source>L2 penalty as the optimizer&apos;s weight decay</source>
        <translation>以优化器的权重衰减实现的 L2 惩罚</translation>
    </message>
    <message>
        <source>L1 penalty λ·Σ|w| added to the loss</source>
        <translation>加到损失上的 L1 惩罚 λ·Σ|w|</translation>
    </message>
    <message>
        <source>Dropout probability before the last layer (0: none)</source>
        <translation>最后一层之前的 Dropout 概率（0：不使用）</translation>
    </message>
    <message>
        <source>Clip the global gradient norm to this (0: off)</source>
        <translation>将全局梯度范数裁剪到此值（0：关闭）</translation>
    </message>
    <message>
        <source>BGD: the whole set per step</source>
        <translation>BGD：每步使用整个数据集</translation>
    </message>
    <message>
        <source>SGD: one sample per step</source>
        <translation>SGD：每步一个样本</translation>
    </message>
    <message>
        <source>MBGD: mini-batches</source>
        <translation>MBGD：小批量</translation>
    </message>
    <message>
        <source>MNIST-format folder</source>
        <translation>MNIST 格式文件夹</translation>
    </message>
    <message>
        <source>Preset %1 does not fit this data: %2</source>
        <translation>预设 %1 不适用于此数据：%2</translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed: install the Debian package dataset-fashion-mnist, or pick an MNIST-format folder.</source>
        <translation>未安装 Fashion-MNIST：请安装 Debian 软件包 dataset-fashion-mnist，或选择一个 MNIST 格式的文件夹。</translation>
    </message>
    <message>
        <source>Choose a folder with MNIST-format (IDX) files.</source>
        <translation>选择包含 MNIST 格式（IDX）文件的文件夹。</translation>
    </message>
    <message>
        <source>The network has no layers.</source>
        <translation>网络没有任何层。</translation>
    </message>
    <message>
        <source>Output %1 · %2 parameters</source>
        <translation>输出 %1 · %2 个参数</translation>
    </message>
    <message>
        <source>  → %1, %2 params</source>
        <translation>  → %1，%2 个参数</translation>
    </message>
    <message>
        <source>  ✗ does not fit</source>
        <translation>  ✗ 不匹配</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Model (*.json)</source>
        <translation>模型 (*.json)</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is not a model file: it needs a &quot;layers&quot; array</source>
        <translation>%1 不是模型文件：需要一个 &quot;layers&quot; 数组</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>Experiment (*.json)</source>
        <translation>实验 (*.json)</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>The saved set-up could not be restored: %1</source>
        <translation>无法恢复已保存的设置：%1</translation>
    </message>
    <message>
        <source>All fields of the selected layer as in the model file, e.g. {&quot;type&quot;: &quot;conv2d&quot;, &quot;out_channels&quot;: 6, &quot;kernel&quot;: 5}; Enter applies</source>
        <translation>所选层的全部字段，格式同模型文件，例如 {&quot;type&quot;: &quot;conv2d&quot;, &quot;out_channels&quot;: 6, &quot;kernel&quot;: 5}；按 Enter 应用</translation>
    </message>
</context>
<context>
    <name>gs::ui::StepLab</name>
    <message>
        <source>No output: %1. Your matrices are kept; change the sizes or the settings.</source>
        <translation>无输出：%1。你的矩阵已保留；请修改尺寸或设置。</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Load a ready-made example (replaces the matrices and settings)</source>
        <translation>加载现成的示例（替换矩阵和设置）</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Slide a kernel (convolution) or take the max / average of each window (pooling)</source>
        <translation>滑动卷积核（卷积），或取每个窗口的最大值 / 平均值（池化）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Convolution settings</source>
        <translation>卷积设置</translation>
    </message>
    <message>
        <source>Pooling settings</source>
        <translation>池化设置</translation>
    </message>
    <message>
        <source>Why nothing can be computed with these settings</source>
        <translation>在这些设置下无法计算的原因</translation>
    </message>
    <message>
        <source>Click here, then use ← → to step, space to play or pause, Home / End</source>
        <translation>单击此处，然后用 ← → 逐步，空格键播放或暂停，Home / End 跳到首尾</translation>
    </message>
    <message>
        <source>Nothing to export: these settings give no output.</source>
        <translation>无可导出内容：这些设置不产生输出。</translation>
    </message>
    <message>
        <source>Worked solution saved to %1</source>
        <translation>解题过程已保存到 %1</translation>
    </message>
    <message>
        <source>Export worked solution…</source>
        <translation>导出解题过程…</translation>
    </message>
    <message>
        <source>Save every window with its multiply-add and the output as a printable page (HTML or PDF) to hand out</source>
        <translation>将每个窗口的乘加运算和输出保存为可打印的页面（HTML 或 PDF），便于分发</translation>
    </message>
    <message>
        <source>Where the worked solution went, or why it could not be saved</source>
        <translation>解题过程的保存位置，或无法保存的原因</translation>
    </message>
</context>
<context>
    <name>gs::ui::StepView</name>
    <message>
        <source>Σ = %1</source>
        <translation>Σ = %1</translation>
    </message>
    <message>
        <source>Output of kernel %1, row %2, column %3:</source>
        <translation>卷积核 %1 的输出，第 %2 行，第 %3 列：</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>通道 %1：%2</translation>
    </message>
    <message>
        <source>Per-channel partial sums: %1; together %2, plus bias %3 → %4</source>
        <translation>各通道部分和：%1；合计 %2，加上偏置 %3 → %4</translation>
    </message>
    <message>
        <source>Output of channel %1, row %2, column %3:</source>
        <translation>通道 %1 的输出，第 %2 行，第 %3 列：</translation>
    </message>
    <message>
        <source>Right-click to copy the numbers</source>
        <translation>右键复制数字</translation>
    </message>
    <message>
        <source>Input channel %1 (padded)</source>
        <translation>输入通道 %1（已填充）</translation>
    </message>
    <message>
        <source>Kernel %1 ch %2, rotated 180°</source>
        <translation>卷积核 %1 通道 %2，旋转 180°</translation>
    </message>
    <message>
        <source>Kernel %1 ch %2</source>
        <translation>卷积核 %1 通道 %2</translation>
    </message>
    <message>
        <source>Output channel %1</source>
        <translation>输出通道 %1</translation>
    </message>
    <message>
        <source>Output %1 (kernel %1)</source>
        <translation>输出 %1（卷积核 %1）</translation>
    </message>
    <message>
        <source>Grey hatched cells: zero padding. Blue outline: the window. Orange: the output cell being computed; blank cells come later.</source>
        <translation>灰色斜线单元格：零填充。蓝色边框：窗口。橙色：正在计算的输出单元；空白单元格稍后计算。</translation>
    </message>
    <message>
        <source>How to read the grids</source>
        <translation>如何阅读这些网格</translation>
    </message>
    <message>
        <source>The current output cell written out: weight × input for every cell of the window, plus the bias (select to copy)</source>
        <translation>当前输出单元的展开式：窗口中每个单元格的“权重 × 输入”，再加上偏置（可选中复制）</translation>
    </message>
    <message>
        <source>Which output cell the equation computes</source>
        <translation>该等式计算的是哪个输出单元</translation>
    </message>
    <message>
        <source>Each input channel&apos;s share of the sum</source>
        <translation>每个输入通道在总和中所占的部分</translation>
    </message>
</context>
<context>
    <name>gs::ui::SurfacePlot</name>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Wheel: zoom. Drag: pan. Click: set the start point. Hover a trajectory to read it. Right-click: export PNG / PDF / trajectories (CSV).</source>
        <translation>滚轮：缩放。拖动：平移。单击：设置起点。悬停在轨迹上读取数值。右键：导出 PNG / PDF / 轨迹 (CSV)。</translation>
    </message>
    <message>
        <source>f (log scale)</source>
        <translation>f（对数刻度）</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
</context>
<context>
    <name>gs::ui::TensorEditor</name>
    <message>
        <source>Kernels</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Number of kernels (output channels), 1 to 4</source>
        <translation>卷积核个数（输出通道数），1 到 4</translation>
    </message>
    <message>
        <source>Channels of each kernel; must equal the input&apos;s channels</source>
        <translation>每个卷积核的通道数；必须等于输入的通道数</translation>
    </message>
    <message>
        <source>Input channels (planes), 1 to 3, e.g. 3 for RGB</source>
        <translation>输入通道数（平面数），1 到 3，例如 RGB 为 3</translation>
    </message>
    <message>
        <source>Kernel rows, 1 to 7</source>
        <translation>卷积核行数，1 到 7</translation>
    </message>
    <message>
        <source>Input rows, 1 to 16</source>
        <translation>输入行数，1 到 16</translation>
    </message>
    <message>
        <source>Kernel columns, 1 to 7</source>
        <translation>卷积核列数，1 到 7</translation>
    </message>
    <message>
        <source>Input columns, 1 to 16</source>
        <translation>输入列数，1 到 16</translation>
    </message>
    <message>
        <source>Random integers</source>
        <translation>随机整数</translation>
    </message>
    <message>
        <source>Fill every kernel with random integers from -2 to 2</source>
        <translation>用 -2 到 2 的随机整数填充每个卷积核</translation>
    </message>
    <message>
        <source>Fill every channel with random integers from 0 to 9</source>
        <translation>用 0 到 9 的随机整数填充每个通道</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清零</translation>
    </message>
    <message>
        <source>Set every cell to 0</source>
        <translation>将每个单元格设为 0</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste rows of numbers (separated by spaces, commas or tabs) from the clipboard into the matrix last edited</source>
        <translation>将剪贴板中的多行数字（以空格、逗号或制表符分隔）粘贴到最近编辑的矩阵中</translation>
    </message>
    <message>
        <source>Why the clipboard could not be pasted</source>
        <translation>剪贴板内容无法粘贴的原因</translation>
    </message>
    <message>
        <source>Kernel %1, channel %2</source>
        <translation>卷积核 %1，通道 %2</translation>
    </message>
    <message>
        <source>Input channel %1</source>
        <translation>输入通道 %1</translation>
    </message>
    <message>
        <source>ch %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kernel %1&lt;/b&gt; bias</source>
        <translation>&lt;b&gt;卷积核 %1&lt;/b&gt; 偏置</translation>
    </message>
    <message>
        <source>The bias b added to every output cell of this kernel</source>
        <translation>加到该卷积核每个输出单元上的偏置 b</translation>
    </message>
    <message>
        <source>Bias of kernel %1, added after the weighted sum</source>
        <translation>卷积核 %1 的偏置，在加权求和之后加上</translation>
    </message>
</context>
<context>
    <name>gs::ui::TrainingPage</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train on one mini-batch (Ctrl+Right)</source>
        <translation>用一个小批量训练一步（Ctrl+Right）</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>完成本轮</translation>
    </message>
    <message>
        <source>Train until the current epoch ends (Ctrl+Shift+Right)</source>
        <translation>训练到当前轮结束（Ctrl+Shift+Right）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Train continuously, or pause (Ctrl+Space)</source>
        <translation>持续训练或暂停（Ctrl+Space）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to step 0 with the same seed: the run replays identically; the old curve stays overlaid (Ctrl+Shift+Backspace)</source>
        <translation>以相同种子回到第 0 步：运行将完全相同地重现；旧曲线保留叠加显示（Ctrl+Shift+Backspace）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Steps per second, or as fast as possible</source>
        <translation>每秒步数，或尽可能快</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading the data</source>
        <translation>停止加载数据</translation>
    </message>
    <message>
        <source>Loading the data</source>
        <translation>正在加载数据</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Every layer&apos;s output for one sample, the kernels and the prediction</source>
        <translation>单个样本在每一层的输出、卷积核以及预测结果</translation>
    </message>
    <message>
        <source>What the network predicts over the plane (2-D data sets)</source>
        <translation>网络在整个平面上的预测（二维数据集）</translation>
    </message>
    <message>
        <source>Validation samples by true and predicted class, after each epoch</source>
        <translation>每轮结束后，验证集样本按真实类别和预测类别的统计</translation>
    </message>
    <message>
        <source>Validation sample</source>
        <translation>验证样本</translation>
    </message>
    <message>
        <source>Which validation sample the feature maps show</source>
        <translation>特征图显示的是哪个验证样本</translation>
    </message>
    <message>
        <source>Use my drawing</source>
        <translation>使用我的手绘</translation>
    </message>
    <message>
        <source>Show the feature maps of the sample drawn below instead</source>
        <translation>改为显示下方手绘样本的特征图</translation>
    </message>
    <message>
        <source>Step, epoch, samples per second and training time</source>
        <translation>步数、轮数、每秒样本数和训练时间</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Training a network&lt;/h3&gt;&lt;p&gt;Each &lt;b&gt;step&lt;/b&gt; takes a batch of samples, runs them forward, computes the loss, back-propagates the gradient and lets the optimizer update every weight. An &lt;b&gt;epoch&lt;/b&gt; is one pass over the training set.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;BGD&lt;/b&gt; (batch gradient descent, batch size 0) uses the whole set per step: a smooth curve but few, expensive steps.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SGD&lt;/b&gt; (batch size 1) uses one sample: cheap, very noisy steps.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MBGD&lt;/b&gt; (mini-batches, e.g. 32) is the usual compromise.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The pale curve is the training loss of every step, the dark one its moving average; dots are the validation loss after each epoch, squares the validation accuracy. Training loss falling while the validation loss rises is &lt;b&gt;overfitting&lt;/b&gt;. A curve that jumps up or ends in NaN means the learning rate is too high.&lt;/p&gt;&lt;p&gt;Try this: &lt;a href=&quot;try:sgd-vs-bgd&quot;&gt;SGD against BGD on the spiral&lt;/a&gt; · &lt;a href=&quot;try:lr-too-high&quot;&gt;a learning rate that is too high&lt;/a&gt; · &lt;a href=&quot;try:lenet&quot;&gt;LeNet-5 on the shapes&lt;/a&gt; · &lt;a href=&quot;try:adam&quot;&gt;Adam on the same network&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;训练网络&lt;/h3&gt;&lt;p&gt;每一&lt;b&gt;步&lt;/b&gt;取一批样本，做前向传播，计算损失，反向传播梯度，并由优化器更新每个权重。一&lt;b&gt;轮&lt;/b&gt;（epoch）是对训练集的一次完整遍历。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;BGD&lt;/b&gt;（批量梯度下降，批量大小 0）每步使用整个数据集：曲线平滑，但步数少、每步代价高。&lt;/li&gt;&lt;li&gt;&lt;b&gt;SGD&lt;/b&gt;（随机梯度下降，批量大小 1）每步使用一个样本：代价低，但噪声很大。&lt;/li&gt;&lt;li&gt;&lt;b&gt;MBGD&lt;/b&gt;（小批量梯度下降，例如 32）是常用的折中方案。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;浅色曲线是每一步的训练损失，深色曲线是它的滑动平均；圆点是每轮结束后的验证集损失，方块是验证集准确率。训练损失下降而验证集损失上升，就是&lt;b&gt;过拟合&lt;/b&gt;。曲线突然跳升或以 NaN 结束，说明学习率过高。&lt;/p&gt;&lt;p&gt;试试：&lt;a href=&quot;try:sgd-vs-bgd&quot;&gt;在螺旋数据上比较 SGD 与 BGD&lt;/a&gt; · &lt;a href=&quot;try:lr-too-high&quot;&gt;过高的学习率&lt;/a&gt; · &lt;a href=&quot;try:lenet&quot;&gt;在形状数据上训练 LeNet-5&lt;/a&gt; · &lt;a href=&quot;try:adam&quot;&gt;在同一网络上使用 Adam&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The set-up changed while training: the run was stopped and rebuilt.</source>
        <translation>训练过程中设置发生了变化：运行已停止并重新构建。</translation>
    </message>
    <message>
        <source>Training diverged: %1. Lower the learning rate or turn on gradient clipping, then Reset.</source>
        <translation>训练发散：%1。请降低学习率或开启梯度裁剪，然后重置。</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>训练已停止：%1</translation>
    </message>
    <message>
        <source>step %1 · epoch %2 · %3 samples/s · %4 s</source>
        <translation>第 %1 步 · 第 %2 轮 · %3 样本/秒 · %4 秒</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>gs::ui::TrainingWorker</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
</context>
<context>
    <name>gs::ui::TransportBar</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>无步骤</translation>
    </message>
    <message>
        <source>Go to the first output cell (Home)</source>
        <translation>转到第一个输出单元（Home）</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Go back one output cell (←)</source>
        <translation>后退一个输出单元（←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Compute the next output cell (→)</source>
        <translation>计算下一个输出单元（→）</translation>
    </message>
    <message>
        <source>Go to the last output cell (End)</source>
        <translation>转到最后一个输出单元（End）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step through the cells automatically (space)</source>
        <translation>自动逐个计算单元（空格键）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop at the current cell (space)</source>
        <translation>停在当前单元（空格键）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Steps per second while playing, 1 to 10</source>
        <translation>播放时每秒的步数，1 到 10</translation>
    </message>
    <message>
        <source>Which output cell is shown</source>
        <translation>当前显示的输出单元</translation>
    </message>
    <message>
        <source>|◀ First</source>
        <translation>|◀ 第一步</translation>
    </message>
    <message>
        <source>Last ▶|</source>
        <translation>最后一步 ▶|</translation>
    </message>
</context>
</TS>
