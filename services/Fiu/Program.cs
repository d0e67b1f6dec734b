using Concord.Fiu;
using Concord.Fiu.Disseminations;
using Concord.Fiu.Endpoints;
using Concord.Fiu.Grpc;
using Concord.Fiu.Persistence;
using Concord.Fiu.Screening;
using Concord.Fiu.Triage;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddFiu();

var app = builder.Build();

app.UseProblemDetailsForErrors();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapReportEndpoints();
app.MapTriageEndpoints();
app.MapInformationRequestEndpoints();
app.MapFeedbackEndpoints();
app.MapMatchingEndpoints();
app.MapScreeningEndpoints();
app.MapDisseminationEndpoints();
app.MapGrpcService<CaseReportsGrpcService>();
app.MapAuditTrail<FiuDbContext>("fiu");

app.Run();
