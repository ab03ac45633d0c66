# Reference values for tests/core/conv/*test.cpp. Run with /usr/bin/python3 (Debian 12:
# python3-torch 1.13, python3-scipy); the tests quote its output. torch is not a dependency.
import torch, numpy as np, scipy.signal as ss
import torch.nn.functional as F
A = np.array([[1,2,0,3,1],[4,1,2,0,2],[0,3,1,2,1],[2,0,4,1,3],[1,2,1,0,2]],dtype=np.float32)
K3 = np.array([[1,0,-1],[2,1,0],[0,-1,1]],dtype=np.float32)
K2 = np.array([[1,2],[-1,3]],dtype=np.float32)
def t(x): return torch.tensor(x)[None,None]
def show(name, y): print(name, np.array(y).astype(np.float64).round(4).tolist())
for kn,K in (("K3",K3),("K2",K2)):
    kh=K.shape[0]
    show(kn+" corr valid", F.conv2d(t(A),t(K))[0,0].numpy())
    show(kn+" corr same", F.conv2d(t(A),t(K),padding='same')[0,0].numpy())
    show(kn+" corr full", F.conv2d(t(A),t(K),padding=kh-1)[0,0].numpy())
    full = ss.convolve2d(A,K,'full'); show(kn+" scipy conv full", full)
    show(kn+" scipy conv valid", ss.convolve2d(A,K,'valid'))
    o=kh//2; show(kn+" matlab same (full[k//2:])", full[o:o+5,o:o+5])
u=np.array([-1,2,3,-2,0,1,2.]); v=np.array([2,4,-1,1.])
fu=np.convolve(u,v,'full'); print("1d full",fu.tolist(),"matlab same",fu[2:9].tolist())
# stride / padding / dilation
show("K3 stride2 pad1", F.conv2d(t(A),t(K3),stride=2,padding=1)[0,0].numpy())
show("K3 dil2 pad2", F.conv2d(t(A),t(K3),dilation=2,padding=2)[0,0].numpy())
show("K2 stride(2,1) pad(1,0)", F.conv2d(t(A),t(K2),stride=(2,1),padding=(1,0))[0,0].numpy())
# asymmetric explicit padding T,B,L,R = 1,0,2,1 with K2
show("K2 pad T1 B0 L2 R1", F.conv2d(F.pad(t(A),(2,1,1,0)),t(K2))[0,0].numpy())
# multichannel: 2 input channels, 3 kernels, bias
X = np.stack([A, A.T[::-1].copy()*0.5]).astype(np.float32)
W = np.array([[K3, K3.T], [np.ones((3,3)), -np.eye(3)], [K3*0.5, np.zeros((3,3))]],dtype=np.float32)
b = np.array([1,-2,0.5],dtype=np.float32)
print("X ch1", X[1].tolist())
show("multi same", F.conv2d(torch.tensor(X)[None],torch.tensor(W),torch.tensor(b),padding='same')[0].numpy())
show("multi valid stride2 relu", F.relu(F.conv2d(torch.tensor(X)[None],torch.tensor(W),torch.tensor(b),stride=2))[0].numpy())
# pooling
P = np.array([[1,5,2,0],[3,3,-1,4],[0,2,6,1],[7,1,1,2],[2,2,3,-4]],dtype=np.float32)
y,idx = F.max_pool2d(t(P),2,padding=1,return_indices=True)
show("max k2 pad1", y[0,0].numpy()); print("argmax flat", idx[0,0].tolist())
y,idx = F.max_pool2d(t(P),3,stride=2,padding=1,return_indices=True)
show("max k3 s2 pad1", y[0,0].numpy()); print("argmax flat", idx[0,0].tolist())
show("avg k2 pad1", F.avg_pool2d(t(P),2,padding=1)[0,0].numpy())
show("avg k3 s2 pad1", F.avg_pool2d(t(P),3,stride=2,padding=1)[0,0].numpy())
show("avg k(2,3) s(1,2)", F.avg_pool2d(t(P),(2,3),stride=(1,2))[0,0].numpy())
show("max k(2,3) s(1,2)", F.max_pool2d(t(P),(2,3),stride=(1,2))[0,0].numpy())
