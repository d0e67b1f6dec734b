using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults;
using Concord.Typology;
using Concord.Typology.Endpoints;
using Concord.Typology.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTypology();

var app = builder.Build();

app.UseProblemDetailsForErrors();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapTypologyEndpoints();
app.MapVersionEndpoints();
app.MapStatisticsEndpoints();
app.MapApplicableTypologyEndpoints();
app.MapAuditTrail<TypologyDbContext>("typology");

app.Run();
