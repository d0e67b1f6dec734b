using Concord.Agreements;
using Concord.Agreements.Endpoints;
using Concord.Agreements.Grpc;
using Concord.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAgreements();

var app = builder.Build();

app.UseProblemDetailsForErrors();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapLegalGatewayEndpoints();
app.MapAgreementEndpoints();
app.MapConsentEndpoints();
app.MapConsentRequestEndpoints();
app.MapCheckpointEndpoints();
app.MapGrpcService<AgreementReplicationGrpcService>();

app.Run();
