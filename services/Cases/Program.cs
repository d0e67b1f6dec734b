using Concord.Cases;
using Concord.Cases.Endpoints;
using Concord.Cases.Persistence;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCases();

var app = builder.Build();

app.UseProblemDetailsForErrors();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapCaseEndpoints();
app.MapItemEndpoints();
app.MapOnwardShareEndpoints();
app.MapDisseminationEndpoints();
app.MapProductionEndpoints();
app.MapReportEndpoints();
app.MapAuditTrail<CasesDbContext>("cases");

app.Run();
