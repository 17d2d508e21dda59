"""all-MiniLM-L6-v2 as plain torch modules, loaded from the base ONNX model's initializers.

No `transformers` package is available, and the product serves the base ONNX graph with some initializers
replaced, so the torch module names follow the ONNX initializer names exactly (HF BERT naming) and
`onnx_names()` maps every torch parameter back to the initializer it overwrites.
"""
import math

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from torch import nn

HIDDEN, HEADS, INTERMEDIATE, LAYERS, EPS = 384, 12, 1536, 6, 1e-12


class Embeddings(nn.Module):
    def __init__(self, vocab=30522, positions=512):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab, HIDDEN)
        self.position_embeddings = nn.Embedding(positions, HIDDEN)
        self.token_type_embeddings = nn.Embedding(2, HIDDEN)
        self.LayerNorm = nn.LayerNorm(HIDDEN, eps=EPS)

    def forward(self, ids):
        pos = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.word_embeddings(ids) + self.token_type_embeddings(torch.zeros_like(ids))
        return self.LayerNorm(x + self.position_embeddings(pos))


class SelfAttention(nn.Module):
    def __init__(self):
        super().__init__()
        self.query = nn.Linear(HIDDEN, HIDDEN)
        self.key = nn.Linear(HIDDEN, HIDDEN)
        self.value = nn.Linear(HIDDEN, HIDDEN)


class DenseNorm(nn.Module):
    """A dense projection back to HIDDEN and its LayerNorm: the attention's output and the layer's output alike."""

    def __init__(self, width):
        super().__init__()
        self.dense = nn.Linear(width, HIDDEN)
        self.LayerNorm = nn.LayerNorm(HIDDEN, eps=EPS)


class Attention(nn.Module):
    def __init__(self):
        super().__init__()
        self.self = SelfAttention()
        self.output = DenseNorm(HIDDEN)


class Intermediate(nn.Module):
    def __init__(self):
        super().__init__()
        self.dense = nn.Linear(HIDDEN, INTERMEDIATE)


class Layer(nn.Module):
    def __init__(self, dropout):
        super().__init__()
        self.attention = Attention()
        self.intermediate = Intermediate()
        self.output = DenseNorm(INTERMEDIATE)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, mask_bias):
        b, t, _ = x.shape
        a = self.attention.self
        d = HIDDEN // HEADS

        def heads(y):
            return y.view(b, t, HEADS, d).transpose(1, 2)

        q, k, v = heads(a.query(x)), heads(a.key(x)), heads(a.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + mask_bias
        ctx = torch.matmul(self.drop(torch.softmax(scores, dim=-1)), v).transpose(1, 2).reshape(b, t, HIDDEN)
        o = self.attention.output
        x = o.LayerNorm(x + self.drop(o.dense(ctx)))
        h = nn.functional.gelu(self.intermediate.dense(x))
        return self.output.LayerNorm(x + self.drop(self.output.dense(h)))


class Encoder(nn.Module):
    def __init__(self, dropout):
        super().__init__()
        self.layer = nn.ModuleList([Layer(dropout) for _ in range(LAYERS)])


class Bert(nn.Module):
    def __init__(self, dropout=0.1):
        super().__init__()
        self.embeddings = Embeddings()
        self.encoder = Encoder(dropout)

    @staticmethod
    def mask_bias(mask):
        # Same additive mask as the ONNX graph: (1 - mask) * -10000 on the key axis.
        return (1.0 - mask[:, None, None, :].to(torch.float32)) * -10000.0

    def forward(self, ids, mask, start=0, stop=LAYERS, hidden=None):
        """Layers [start, stop); start=0 embeds `ids`, otherwise `hidden` is the output of layer start-1."""
        x = self.embeddings(ids) if start == 0 else hidden
        bias = self.mask_bias(mask)
        for layer in self.encoder.layer[start:stop]:
            x = layer(x, bias)
        return x


def mean_pool(hidden, mask):
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)


def _matmul_weight_names(graph, initializers):
    """torch Linear weight name -> ONNX MatMul initializer name, found through MatMul -> Add(bias) in the graph."""
    consumers = {}
    for node in graph.node:
        for i in node.input:
            consumers.setdefault(i, []).append(node)
    out = {}
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in initializers:
            continue
        for add in consumers.get(node.output[0], []):
            if add.op_type != "Add":
                continue
            bias = [i for i in add.input if i.endswith(".bias") and i in initializers]
            if bias:
                out[bias[0][: -len(".bias")] + ".weight"] = node.input[1]
    return out


def load_base(onnx_path, dropout=0.1):
    """A Bert with every weight taken from the base ONNX model, plus torch-name -> ONNX-name map."""
    model_proto = onnx.load(onnx_path)
    inits = {i.name: i for i in model_proto.graph.initializer}
    weights = _matmul_weight_names(model_proto.graph, inits)
    model = Bert(dropout)
    names = {}
    state = {}
    for name, param in model.state_dict().items():
        if name in weights:
            array = numpy_helper.to_array(inits[weights[name]]).T  # ONNX [in,out] -> torch [out,in]
            names[name] = weights[name]
        else:
            array = numpy_helper.to_array(inits[name])
            names[name] = name
        if tuple(array.shape) != tuple(param.shape):
            raise ValueError(f"{name}: ONNX shape {array.shape} != torch {tuple(param.shape)}")
        state[name] = torch.from_numpy(np.array(array, dtype=np.float32))
    model.load_state_dict(state)
    return model, names


def to_onnx_layout(torch_name, onnx_name, tensor):
    """A trained torch tensor in the layout of the ONNX initializer it replaces."""
    array = tensor.detach().cpu().numpy()
    if torch_name.endswith(".weight") and array.ndim == 2 and onnx_name != torch_name:
        array = array.T
    return np.ascontiguousarray(array)
