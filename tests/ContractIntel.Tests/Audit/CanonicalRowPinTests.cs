using ContractIntel.Data.Audit;

namespace ContractIntel.Tests.Audit;

/// <summary>
/// The canonical form of one row of each audited table, pinned to the exact text the hand-written RowCanonical of
/// commit 23829ba produced for it (captured by running that code). Every row hash and seal recorded so far was
/// computed from that text, so the form derived from the EF model must reproduce it byte for byte.
/// </summary>
public sealed class CanonicalRowPinTests
{
    public static TheoryData<string, object, string> Rows() => new()
    {
        { "documents", AuditSampleRows.Document(),
            """{"file_name":"Zürich \"MSA\"\n.pdf","first_seen":"2026-12-01T08:00:00.123456Z","id":"0196a1b2-0000-7000-8000-000000000002","media_type":"application/pdf","sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","size_bytes":12345678901}""" },
        { "processing_runs", AuditSampleRows.Run(),
            """{"clause_count":5,"config_hash":"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc","declared_media_type":"text/html","device":"cpu","document_id":"0196a1b2-0000-7000-8000-000000000002","field_count":6,"file_name":"msa.pdf","finished_at":"2026-12-01T08:00:01.623456Z","git_commit":"abc1234","id":"0196a1b2-0000-7000-8000-000000000001","kind":"contract","matter":"Deal 7","media_type":"application/pdf","message_id":"0196a1b2-0000-7000-8000-000000000003","page_count":3,"pipeline_version":"1.4.0","reason_code":"corrupt","reason_message":"no xref\ttable","recorded_at":"2026-12-01T08:00:02.123456Z","reprocess_of":"0196a1b2-0000-7000-8000-000000000002","requested_kind":"auto","segment_count":40,"sentence_count":30,"started_at":"2026-12-01T08:00:00.123456Z","status":"failed","submitted_by":"alice","timings":[{"ms":12.5,"stage":"read","started_at":"2026-12-01T08:00:00.123456Z"},{"ms":0.1,"stage":"segment","started_at":"2026-12-01T08:00:00.200000Z"}],"version":2,"worker_host":"worker-1"}""" },
        { "processing_runs, optional columns null", AuditSampleRows.Run(optionalColumns: false),
            """{"clause_count":5,"config_hash":"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc","device":"cpu","document_id":"0196a1b2-0000-7000-8000-000000000002","field_count":6,"file_name":"msa.pdf","finished_at":"2026-12-01T08:00:01.623456Z","git_commit":"abc1234","id":"0196a1b2-0000-7000-8000-000000000001","kind":"contract","matter":null,"media_type":"application/pdf","message_id":"0196a1b2-0000-7000-8000-000000000003","page_count":3,"pipeline_version":"1.4.0","reason_code":null,"reason_message":null,"recorded_at":"2026-12-01T08:00:02.123456Z","reprocess_of":null,"requested_kind":"auto","segment_count":40,"sentence_count":30,"started_at":"2026-12-01T08:00:00.123456Z","status":"failed","submitted_by":"alice","timings":[{"ms":12.5,"stage":"read","started_at":"2026-12-01T08:00:00.123456Z"},{"ms":0.1,"stage":"segment","started_at":"2026-12-01T08:00:00.200000Z"}],"version":2,"worker_host":"worker-1"}""" },
        { "run_models", AuditSampleRows.Model(),
            """{"device":"cpu","name":"cuad-minilm","ordinal":1,"precision":"int8","run_id":"0196a1b2-0000-7000-8000-000000000001","sha256":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","task":"clauses","version":"1.0.0"}""" },
        { "pages, OCR", AuditSampleRows.Page(),
            """{"end_offset":250,"failure":"ocr_timeout","ocr_confidence":87.25,"ocr_dpi":300,"ocr_words":[[100,104,10,20,30,12,91.5],[105,108,45,20,25,12,88]],"page_number":2,"run_id":"0196a1b2-0000-7000-8000-000000000001","source":"ocr","start_offset":100,"text":"Page two \\ text"}""" },
        { "pages, before OCR", AuditSampleRows.Page(ocr: false),
            """{"end_offset":250,"page_number":2,"run_id":"0196a1b2-0000-7000-8000-000000000001","start_offset":100,"text":"Page two \\ text"}""" },
        { "segments", AuditSampleRows.Segment(),
            """{"end_offset":140,"kind":"sentence","page_number":2,"parent_index":6,"run_id":"0196a1b2-0000-7000-8000-000000000001","segment_index":7,"start_offset":110,"text":"The \"Company\" shall\u0001 pay."}""" },
        { "segments, no parent", AuditSampleRows.Segment(parent: false),
            """{"end_offset":140,"kind":"sentence","page_number":2,"parent_index":null,"run_id":"0196a1b2-0000-7000-8000-000000000001","segment_index":7,"start_offset":110,"text":"The \"Company\" shall\u0001 pay."}""" },
        { "findings", AuditSampleRows.Finding(),
            """{"category":"Change Of Control","end_offset":140,"model":"cuad-minilm","model_version":"1.0.0","ordinal":0,"page_number":2,"run_id":"0196a1b2-0000-7000-8000-000000000001","score":0.91,"segment_index":7,"start_offset":110,"text":"Upon a change of control"}""" },
        { "fields", AuditSampleRows.Field(),
            """{"confidence":0.30000000000000004,"end_offset":233,"extractor":"governing-law","extractor_version":"2","name":"governing_law","ordinal":3,"page_number":3,"raw":"the laws of the State of New York","run_id":"0196a1b2-0000-7000-8000-000000000001","start_offset":200,"value":"New York"}""" },
        { "sentence_scores", AuditSampleRows.Sentence(),
            """{"end_offset":140,"label":"negative","model":"phrasebank-minilm","model_version":"1.1.0","negative":0.9,"neutral":1E-07,"ordinal":4,"page_number":2,"positive":0.05,"run_id":"0196a1b2-0000-7000-8000-000000000001","segment_index":7,"start_offset":110,"text":"Revenue fell 12 %."}""" },
        { "document_scores", AuditSampleRows.DocumentScore(),
            """{"label":"neutral","negative":0.3,"neutral":0.5,"positive":0.2,"run_id":"0196a1b2-0000-7000-8000-000000000001","sentences":30}""" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void CanonicalForm_IsTheTextRowsWereHashedWith(string table, object row, string expected)
        => Assert.True(expected == RowCanonical.Of(row).ToString(), $"{table}: {RowCanonical.Of(row)}");
}
