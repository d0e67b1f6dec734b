using Concord.BankGateway;
using Concord.BankGateway.Endpoints;
using Concord.BankGateway.Grpc;
using Concord.BankGateway.Persistence;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddBankGateway();

var app = builder.Build();

app.UseProblemDetailsForErrors();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapReportEndpoints();
app.MapInformationRequestEndpoints();
app.MapFeedbackEndpoints();
app.MapTypologyEndpoints();
app.MapProductionRequestEndpoints();
app.MapCaseOutcomeEndpoints();
app.MapAuditTrail<GatewayDbContext>("bankgateway");
app.MapGrpcService<FilingGrpcService>();

app.Run();
