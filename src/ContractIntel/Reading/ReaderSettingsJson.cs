using System.Text.Json.Serialization;
using ContractIntel.Extraction.Documents.Ocr;

namespace ContractIntel.Reading;

/// <summary>
/// The OCR settings the parent passes to the <c>read-document</c> child, read with generated code: the child starts
/// once per document, and reflection-based deserialisation would be paid at every start.
/// </summary>
[JsonSerializable(typeof(OcrOptions))]
internal sealed partial class ReaderSettingsJson : JsonSerializerContext;
