using Concord.Identity;
using Concord.Identity.Endpoints;
using Concord.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServer();

var app = builder.Build();

app.UseProblemDetailsForErrors();
// Note: OpenIddict validates every request to its endpoints inside the authentication middleware.
app.UseAuthentication();

app.MapDefaultEndpoints();
app.MapTokenEndpoint();
app.MapAuthorizationEndpoint();

app.Run();
