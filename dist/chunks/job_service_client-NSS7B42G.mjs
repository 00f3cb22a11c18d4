import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_package
} from "./chunk-AQP7U6WJ.mjs";
import {
  require_src
} from "./chunk-P7XAWB4I.mjs";
import "./chunk-MY3XDB4R.mjs";
import "./chunk-3FTY7FXV.mjs";
import {
  __commonJS
} from "./chunk-LCBWELZU.mjs";

// trimmed-protos:google.cloud.aiplatform.v1.JobService (protos.json)
var require_google_cloud_aiplatform_v1_JobService_protos = __commonJS({
  "trimmed-protos:google.cloud.aiplatform.v1.JobService (protos.json)"(exports, module) {
    module.exports = JSON.parse('{"nested":{"google":{"nested":{"cloud":{"nested":{"aiplatform":{"nested":{"v1":{"options":{"csharp_namespace":"Google.Cloud.AIPlatform.V1","go_package":"cloud.google.com/go/aiplatform/apiv1/aiplatformpb;aiplatformpb","java_multiple_files":true,"java_outer_classname":"VizierServiceProto","java_package":"com.google.cloud.aiplatform.v1","php_namespace":"Google\\\\Cloud\\\\AIPlatform\\\\V1","ruby_package":"Google::Cloud::AIPlatform::V1","(google.api.resource_definition).type":"developerconnect.googleapis.com/GitRepositoryLink","(google.api.resource_definition).pattern":"projects/{project}/locations/{location}/connections/{connection}/gitRepositoryLinks/{git_repository_link}"},"nested":{"AcceleratorType":{"valuesOptions":{"NVIDIA_TESLA_K80":{"deprecated":true}},"values":{"ACCELERATOR_TYPE_UNSPECIFIED":0,"NVIDIA_TESLA_K80":1,"NVIDIA_TESLA_P100":2,"NVIDIA_TESLA_V100":3,"NVIDIA_TESLA_P4":4,"NVIDIA_TESLA_T4":5,"NVIDIA_TESLA_A100":8,"NVIDIA_A100_80GB":9,"NVIDIA_L4":11,"NVIDIA_H100_80GB":13,"NVIDIA_H100_MEGA_80GB":14,"NVIDIA_H200_141GB":15,"NVIDIA_B200":16,"NVIDIA_GB200":17,"NVIDIA_RTX_PRO_6000":18,"TPU_V2":6,"TPU_V3":7,"TPU_V4_POD":10,"TPU_V5_LITEPOD":12}},"BatchPredictionJob":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/BatchPredictionJob","(google.api.resource).pattern":"projects/{project}/locations/{location}/batchPredictionJobs/{batch_prediction_job}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"model":{"type":"string","id":3,"options":{"(google.api.resource_reference).type":"aiplatform.googleapis.com/Model"}},"modelVersionId":{"type":"string","id":30,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"unmanagedContainerModel":{"type":"UnmanagedContainerModel","id":28},"inputConfig":{"type":"InputConfig","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}},"instanceConfig":{"type":"InstanceConfig","id":27},"modelParameters":{"type":"google.protobuf.Value","id":5},"outputConfig":{"type":"OutputConfig","id":6,"options":{"(google.api.field_behavior)":"REQUIRED"}},"dedicatedResources":{"type":"BatchDedicatedResources","id":7},"serviceAccount":{"type":"string","id":29},"manualBatchTuningParameters":{"type":"ManualBatchTuningParameters","id":8,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"generateExplanation":{"type":"bool","id":23},"explanationSpec":{"type":"ExplanationSpec","id":25},"outputInfo":{"type":"OutputInfo","id":9,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"state":{"type":"JobState","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"error":{"type":"google.rpc.Status","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"partialFailures":{"rule":"repeated","type":"google.rpc.Status","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"resourcesConsumed":{"type":"ResourcesConsumed","id":13,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"completionStats":{"type":"CompletionStats","id":14,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":15,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"startTime":{"type":"google.protobuf.Timestamp","id":16,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"endTime":{"type":"google.protobuf.Timestamp","id":17,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":18,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"labels":{"keyType":"string","type":"string","id":19},"encryptionSpec":{"type":"EncryptionSpec","id":24},"disableContainerLogging":{"type":"bool","id":34},"satisfiesPzs":{"type":"bool","id":36,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"satisfiesPzi":{"type":"bool","id":37,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"InputConfig":{"oneofs":{"source":{"oneof":["gcsSource","bigquerySource","vertexMultimodalDatasetSource"]}},"fields":{"gcsSource":{"type":"GcsSource","id":2},"bigquerySource":{"type":"BigQuerySource","id":3},"vertexMultimodalDatasetSource":{"type":"VertexMultimodalDatasetSource","id":4},"instancesFormat":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"InstanceConfig":{"fields":{"instanceType":{"type":"string","id":1},"keyField":{"type":"string","id":2},"includedFields":{"rule":"repeated","type":"string","id":3},"excludedFields":{"rule":"repeated","type":"string","id":4}}},"OutputConfig":{"oneofs":{"destination":{"oneof":["gcsDestination","bigqueryDestination","vertexMultimodalDatasetDestination"]}},"fields":{"gcsDestination":{"type":"GcsDestination","id":2},"bigqueryDestination":{"type":"BigQueryDestination","id":3},"vertexMultimodalDatasetDestination":{"type":"VertexMultimodalDatasetDestination","id":6},"predictionsFormat":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"OutputInfo":{"oneofs":{"outputLocation":{"oneof":["gcsOutputDirectory","bigqueryOutputDataset","vertexMultimodalDatasetName"]}},"fields":{"gcsOutputDirectory":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"bigqueryOutputDataset":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"vertexMultimodalDatasetName":{"type":"string","id":5,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY","(google.api.resource_reference).type":"aiplatform.googleapis.com/Dataset"}},"bigqueryOutputTable":{"type":"string","id":4,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}}}},"CompletionStats":{"fields":{"successfulCount":{"type":"int64","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"failedCount":{"type":"int64","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"incompleteCount":{"type":"int64","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"successfulForecastPointCount":{"type":"int64","id":5,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"EncryptionSpec":{"fields":{"kmsKeyName":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"ExplanationSpec":{"fields":{"parameters":{"type":"ExplanationParameters","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"metadata":{"type":"ExplanationMetadata","id":2,"options":{"(google.api.field_behavior)":"OPTIONAL"}}}},"ExplanationParameters":{"oneofs":{"method":{"oneof":["sampledShapleyAttribution","integratedGradientsAttribution","xraiAttribution","examples"]}},"fields":{"sampledShapleyAttribution":{"type":"SampledShapleyAttribution","id":1},"integratedGradientsAttribution":{"type":"IntegratedGradientsAttribution","id":2},"xraiAttribution":{"type":"XraiAttribution","id":3},"examples":{"type":"Examples","id":7},"topK":{"type":"int32","id":4},"outputIndices":{"type":"google.protobuf.ListValue","id":5}}},"SampledShapleyAttribution":{"fields":{"pathCount":{"type":"int32","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"IntegratedGradientsAttribution":{"fields":{"stepCount":{"type":"int32","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"smoothGradConfig":{"type":"SmoothGradConfig","id":2},"blurBaselineConfig":{"type":"BlurBaselineConfig","id":3}}},"XraiAttribution":{"fields":{"stepCount":{"type":"int32","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"smoothGradConfig":{"type":"SmoothGradConfig","id":2},"blurBaselineConfig":{"type":"BlurBaselineConfig","id":3}}},"SmoothGradConfig":{"oneofs":{"GradientNoiseSigma":{"oneof":["noiseSigma","featureNoiseSigma"]}},"fields":{"noiseSigma":{"type":"float","id":1},"featureNoiseSigma":{"type":"FeatureNoiseSigma","id":2},"noisySampleCount":{"type":"int32","id":3}}},"FeatureNoiseSigma":{"fields":{"noiseSigma":{"rule":"repeated","type":"NoiseSigmaForFeature","id":1}},"nested":{"NoiseSigmaForFeature":{"fields":{"name":{"type":"string","id":1},"sigma":{"type":"float","id":2}}}}},"BlurBaselineConfig":{"fields":{"maxBlurSigma":{"type":"float","id":1}}},"Examples":{"oneofs":{"source":{"oneof":["exampleGcsSource"]},"config":{"oneof":["nearestNeighborSearchConfig","presets"]}},"fields":{"exampleGcsSource":{"type":"ExampleGcsSource","id":5},"nearestNeighborSearchConfig":{"type":"google.protobuf.Value","id":2},"presets":{"type":"Presets","id":4},"neighborCount":{"type":"int32","id":3}},"nested":{"ExampleGcsSource":{"fields":{"dataFormat":{"type":"DataFormat","id":1},"gcsSource":{"type":"GcsSource","id":2}},"nested":{"DataFormat":{"values":{"DATA_FORMAT_UNSPECIFIED":0,"JSONL":1}}}}}},"Presets":{"oneofs":{"_query":{"oneof":["query"]}},"fields":{"query":{"type":"Query","id":1,"options":{"proto3_optional":true}},"modality":{"type":"Modality","id":2}},"nested":{"Query":{"values":{"PRECISE":0,"FAST":1}},"Modality":{"values":{"MODALITY_UNSPECIFIED":0,"IMAGE":1,"TEXT":2,"TABULAR":3}}}},"ExplanationMetadata":{"fields":{"inputs":{"keyType":"string","type":"InputMetadata","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"outputs":{"keyType":"string","type":"OutputMetadata","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"featureAttributionsSchemaUri":{"type":"string","id":3},"latentSpaceSource":{"type":"string","id":5}},"nested":{"InputMetadata":{"fields":{"inputBaselines":{"rule":"repeated","type":"google.protobuf.Value","id":1},"inputTensorName":{"type":"string","id":2},"encoding":{"type":"Encoding","id":3},"modality":{"type":"string","id":4},"featureValueDomain":{"type":"FeatureValueDomain","id":5},"indicesTensorName":{"type":"string","id":6},"denseShapeTensorName":{"type":"string","id":7},"indexFeatureMapping":{"rule":"repeated","type":"string","id":8},"encodedTensorName":{"type":"string","id":9},"encodedBaselines":{"rule":"repeated","type":"google.protobuf.Value","id":10},"visualization":{"type":"Visualization","id":11},"groupName":{"type":"string","id":12}},"nested":{"FeatureValueDomain":{"fields":{"minValue":{"type":"float","id":1},"maxValue":{"type":"float","id":2},"originalMean":{"type":"float","id":3},"originalStddev":{"type":"float","id":4}}},"Visualization":{"fields":{"type":{"type":"Type","id":1},"polarity":{"type":"Polarity","id":2},"colorMap":{"type":"ColorMap","id":3},"clipPercentUpperbound":{"type":"float","id":4},"clipPercentLowerbound":{"type":"float","id":5},"overlayType":{"type":"OverlayType","id":6}},"nested":{"Type":{"values":{"TYPE_UNSPECIFIED":0,"PIXELS":1,"OUTLINES":2}},"Polarity":{"values":{"POLARITY_UNSPECIFIED":0,"POSITIVE":1,"NEGATIVE":2,"BOTH":3}},"ColorMap":{"values":{"COLOR_MAP_UNSPECIFIED":0,"PINK_GREEN":1,"VIRIDIS":2,"RED":3,"GREEN":4,"RED_GREEN":6,"PINK_WHITE_GREEN":5}},"OverlayType":{"values":{"OVERLAY_TYPE_UNSPECIFIED":0,"NONE":1,"ORIGINAL":2,"GRAYSCALE":3,"MASK_BLACK":4}}}},"Encoding":{"values":{"ENCODING_UNSPECIFIED":0,"IDENTITY":1,"BAG_OF_FEATURES":2,"BAG_OF_FEATURES_SPARSE":3,"INDICATOR":4,"COMBINED_EMBEDDING":5,"CONCAT_EMBEDDING":6}}}},"OutputMetadata":{"oneofs":{"displayNameMapping":{"oneof":["indexDisplayNameMapping","displayNameMappingKey"]}},"fields":{"indexDisplayNameMapping":{"type":"google.protobuf.Value","id":1},"displayNameMappingKey":{"type":"string","id":2},"outputTensorName":{"type":"string","id":3}}}}},"GcsSource":{"fields":{"uris":{"rule":"repeated","type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GcsDestination":{"fields":{"outputUriPrefix":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"BigQuerySource":{"fields":{"inputUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"BigQueryDestination":{"fields":{"outputUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"VertexMultimodalDatasetSource":{"fields":{"datasetName":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/Dataset"}}}},"VertexMultimodalDatasetDestination":{"fields":{"bigqueryDestination":{"type":"BigQueryDestination","id":1,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"displayName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"OPTIONAL"}}}},"JobState":{"values":{"JOB_STATE_UNSPECIFIED":0,"JOB_STATE_QUEUED":1,"JOB_STATE_PENDING":2,"JOB_STATE_RUNNING":3,"JOB_STATE_SUCCEEDED":4,"JOB_STATE_FAILED":5,"JOB_STATE_CANCELLING":6,"JOB_STATE_CANCELLED":7,"JOB_STATE_PAUSED":8,"JOB_STATE_EXPIRED":9,"JOB_STATE_UPDATING":10,"JOB_STATE_PARTIALLY_SUCCEEDED":11}},"MachineSpec":{"fields":{"machineType":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"acceleratorType":{"type":"AcceleratorType","id":2,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"acceleratorCount":{"type":"int32","id":3},"gpuPartitionSize":{"type":"string","id":7,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"tpuTopology":{"type":"string","id":4,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"reservationAffinity":{"type":"ReservationAffinity","id":5,"options":{"(google.api.field_behavior)":"OPTIONAL"}}}},"BatchDedicatedResources":{"fields":{"machineSpec":{"type":"MachineSpec","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"startingReplicaCount":{"type":"int32","id":2,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"maxReplicaCount":{"type":"int32","id":3,"options":{"(google.api.field_behavior)":"IMMUTABLE"}}}},"ResourcesConsumed":{"fields":{"replicaHours":{"type":"double","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"DiskSpec":{"fields":{"bootDiskType":{"type":"string","id":1},"bootDiskSizeGb":{"type":"int32","id":2}}},"NfsMount":{"fields":{"server":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"path":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"mountPoint":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"LustreMount":{"fields":{"instanceIp":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"volumeHandle":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"filesystem":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"REQUIRED"}},"mountPoint":{"type":"string","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"ReservationAffinity":{"fields":{"reservationAffinityType":{"type":"Type","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"key":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"values":{"rule":"repeated","type":"string","id":3,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"compute.googleapis.com/Reservation"}}},"nested":{"Type":{"values":{"TYPE_UNSPECIFIED":0,"NO_RESERVATION":1,"ANY_RESERVATION":2,"SPECIFIC_RESERVATION":3}}}},"ManualBatchTuningParameters":{"fields":{"batchSize":{"type":"int32","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE"}}}},"UnmanagedContainerModel":{"fields":{"artifactUri":{"type":"string","id":1},"predictSchemata":{"type":"PredictSchemata","id":2},"containerSpec":{"type":"ModelContainerSpec","id":3,"options":{"(google.api.field_behavior)":"INPUT_ONLY"}}}},"PredictSchemata":{"fields":{"instanceSchemaUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"parametersSchemaUri":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"predictionSchemaUri":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"IMMUTABLE"}}}},"ModelContainerSpec":{"fields":{"imageUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"command":{"rule":"repeated","type":"string","id":2,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"args":{"rule":"repeated","type":"string","id":3,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"env":{"rule":"repeated","type":"EnvVar","id":4,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"ports":{"rule":"repeated","type":"Port","id":5,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"predictRoute":{"type":"string","id":6,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"healthRoute":{"type":"string","id":7,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"invokeRoutePrefix":{"type":"string","id":15,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"grpcPorts":{"rule":"repeated","type":"Port","id":9,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"deploymentTimeout":{"type":"google.protobuf.Duration","id":10,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"sharedMemorySizeMb":{"type":"int64","id":11,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"startupProbe":{"type":"Probe","id":12,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"healthProbe":{"type":"Probe","id":13,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"livenessProbe":{"type":"Probe","id":14,"options":{"(google.api.field_behavior)":"IMMUTABLE"}}}},"Port":{"fields":{"containerPort":{"type":"int32","id":3}}},"Probe":{"oneofs":{"probeType":{"oneof":["exec","httpGet","grpc","tcpSocket"]}},"fields":{"exec":{"type":"ExecAction","id":1},"httpGet":{"type":"HttpGetAction","id":4},"grpc":{"type":"GrpcAction","id":5},"tcpSocket":{"type":"TcpSocketAction","id":6},"periodSeconds":{"type":"int32","id":2},"timeoutSeconds":{"type":"int32","id":3},"failureThreshold":{"type":"int32","id":7},"successThreshold":{"type":"int32","id":8},"initialDelaySeconds":{"type":"int32","id":9}},"nested":{"ExecAction":{"fields":{"command":{"rule":"repeated","type":"string","id":1}}},"HttpGetAction":{"fields":{"path":{"type":"string","id":1},"port":{"type":"int32","id":2},"host":{"type":"string","id":3},"scheme":{"type":"string","id":4},"httpHeaders":{"rule":"repeated","type":"HttpHeader","id":5}}},"GrpcAction":{"fields":{"port":{"type":"int32","id":1},"service":{"type":"string","id":2}}},"TcpSocketAction":{"fields":{"port":{"type":"int32","id":1},"host":{"type":"string","id":2}}},"HttpHeader":{"fields":{"name":{"type":"string","id":1},"value":{"type":"string","id":2}}}}},"EnvVar":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"value":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"CustomJob":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/CustomJob","(google.api.resource).pattern":"projects/{project}/locations/{location}/customJobs/{custom_job}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"jobSpec":{"type":"CustomJobSpec","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}},"state":{"type":"JobState","id":5,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":6,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"startTime":{"type":"google.protobuf.Timestamp","id":7,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"endTime":{"type":"google.protobuf.Timestamp","id":8,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":9,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"error":{"type":"google.rpc.Status","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"labels":{"keyType":"string","type":"string","id":11},"encryptionSpec":{"type":"EncryptionSpec","id":12},"webAccessUris":{"keyType":"string","type":"string","id":16,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"satisfiesPzs":{"type":"bool","id":18,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"satisfiesPzi":{"type":"bool","id":19,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"CustomJobSpec":{"fields":{"persistentResourceId":{"type":"string","id":14,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"aiplatform.googleapis.com/PersistentResource"}},"workerPoolSpecs":{"rule":"repeated","type":"WorkerPoolSpec","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"scheduling":{"type":"Scheduling","id":3},"serviceAccount":{"type":"string","id":4},"network":{"type":"string","id":5,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"compute.googleapis.com/Network"}},"reservedIpRanges":{"rule":"repeated","type":"string","id":13,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"pscInterfaceConfig":{"type":"PscInterfaceConfig","id":21,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"baseOutputDirectory":{"type":"GcsDestination","id":6},"protectedArtifactLocationId":{"type":"string","id":19},"tensorboard":{"type":"string","id":7,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"aiplatform.googleapis.com/Tensorboard"}},"enableWebAccess":{"type":"bool","id":10,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"enableDashboardAccess":{"type":"bool","id":16,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"experiment":{"type":"string","id":17,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"aiplatform.googleapis.com/Context"}},"experimentRun":{"type":"string","id":18,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"aiplatform.googleapis.com/Context"}},"models":{"rule":"repeated","type":"string","id":20,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"aiplatform.googleapis.com/Model"}}}},"WorkerPoolSpec":{"oneofs":{"task":{"oneof":["containerSpec","pythonPackageSpec"]}},"fields":{"containerSpec":{"type":"ContainerSpec","id":6},"pythonPackageSpec":{"type":"PythonPackageSpec","id":7},"machineSpec":{"type":"MachineSpec","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"replicaCount":{"type":"int64","id":2,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"nfsMounts":{"rule":"repeated","type":"NfsMount","id":4,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"lustreMounts":{"rule":"repeated","type":"LustreMount","id":9,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"diskSpec":{"type":"DiskSpec","id":5}}},"ContainerSpec":{"fields":{"imageUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"command":{"rule":"repeated","type":"string","id":2},"args":{"rule":"repeated","type":"string","id":3},"env":{"rule":"repeated","type":"EnvVar","id":4}}},"PythonPackageSpec":{"fields":{"executorImageUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"packageUris":{"rule":"repeated","type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"pythonModule":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"REQUIRED"}},"args":{"rule":"repeated","type":"string","id":4},"env":{"rule":"repeated","type":"EnvVar","id":5}}},"Scheduling":{"fields":{"timeout":{"type":"google.protobuf.Duration","id":1},"restartJobOnWorkerRestart":{"type":"bool","id":3},"strategy":{"type":"Strategy","id":4,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"disableRetries":{"type":"bool","id":5,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"maxWaitDuration":{"type":"google.protobuf.Duration","id":6,"options":{"(google.api.field_behavior)":"OPTIONAL"}}},"nested":{"Strategy":{"valuesOptions":{"ON_DEMAND":{"deprecated":true},"LOW_COST":{"deprecated":true}},"values":{"STRATEGY_UNSPECIFIED":0,"ON_DEMAND":1,"LOW_COST":2,"STANDARD":3,"SPOT":4,"FLEX_START":6}}}},"PscInterfaceConfig":{"fields":{"networkAttachment":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"compute.googleapis.com/NetworkAttachment"}},"dnsPeeringConfigs":{"rule":"repeated","type":"DnsPeeringConfig","id":2,"options":{"(google.api.field_behavior)":"OPTIONAL"}}}},"DnsPeeringConfig":{"fields":{"domain":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"targetProject":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"targetNetwork":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"DataLabelingJob":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/DataLabelingJob","(google.api.resource).pattern":"projects/{project}/locations/{location}/dataLabelingJobs/{data_labeling_job}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"datasets":{"rule":"repeated","type":"string","id":3,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/Dataset"}},"annotationLabels":{"keyType":"string","type":"string","id":12},"labelerCount":{"type":"int32","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}},"instructionUri":{"type":"string","id":5,"options":{"(google.api.field_behavior)":"REQUIRED"}},"inputsSchemaUri":{"type":"string","id":6,"options":{"(google.api.field_behavior)":"REQUIRED"}},"inputs":{"type":"google.protobuf.Value","id":7,"options":{"(google.api.field_behavior)":"REQUIRED"}},"state":{"type":"JobState","id":8,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"labelingProgress":{"type":"int32","id":13,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"currentSpend":{"type":"google.type.Money","id":14,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":9,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"error":{"type":"google.rpc.Status","id":22,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"labels":{"keyType":"string","type":"string","id":11},"specialistPools":{"rule":"repeated","type":"string","id":16},"encryptionSpec":{"type":"EncryptionSpec","id":20},"activeLearningConfig":{"type":"ActiveLearningConfig","id":21}}},"ActiveLearningConfig":{"oneofs":{"humanLabelingBudget":{"oneof":["maxDataItemCount","maxDataItemPercentage"]}},"fields":{"maxDataItemCount":{"type":"int64","id":1},"maxDataItemPercentage":{"type":"int32","id":2},"sampleConfig":{"type":"SampleConfig","id":3},"trainingConfig":{"type":"TrainingConfig","id":4}}},"SampleConfig":{"oneofs":{"initialBatchSampleSize":{"oneof":["initialBatchSamplePercentage"]},"followingBatchSampleSize":{"oneof":["followingBatchSamplePercentage"]}},"fields":{"initialBatchSamplePercentage":{"type":"int32","id":1},"followingBatchSamplePercentage":{"type":"int32","id":3},"sampleStrategy":{"type":"SampleStrategy","id":5}},"nested":{"SampleStrategy":{"values":{"SAMPLE_STRATEGY_UNSPECIFIED":0,"UNCERTAINTY":1}}}},"TrainingConfig":{"fields":{"timeoutTrainingMilliHours":{"type":"int64","id":1}}},"GenericOperationMetadata":{"fields":{"partialFailures":{"rule":"repeated","type":"google.rpc.Status","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"DeleteOperationMetadata":{"fields":{"genericMetadata":{"type":"GenericOperationMetadata","id":1}}},"FeatureStatsAnomaly":{"fields":{"score":{"type":"double","id":1},"statsUri":{"type":"string","id":3},"anomalyUri":{"type":"string","id":4},"distributionDeviation":{"type":"double","id":5},"anomalyDetectionThreshold":{"type":"double","id":9},"startTime":{"type":"google.protobuf.Timestamp","id":7},"endTime":{"type":"google.protobuf.Timestamp","id":8}}},"HyperparameterTuningJob":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/HyperparameterTuningJob","(google.api.resource).pattern":"projects/{project}/locations/{location}/hyperparameterTuningJobs/{hyperparameter_tuning_job}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"studySpec":{"type":"StudySpec","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}},"maxTrialCount":{"type":"int32","id":5,"options":{"(google.api.field_behavior)":"REQUIRED"}},"parallelTrialCount":{"type":"int32","id":6,"options":{"(google.api.field_behavior)":"REQUIRED"}},"maxFailedTrialCount":{"type":"int32","id":7},"trialJobSpec":{"type":"CustomJobSpec","id":8,"options":{"(google.api.field_behavior)":"REQUIRED"}},"trials":{"rule":"repeated","type":"Trial","id":9,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"state":{"type":"JobState","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"startTime":{"type":"google.protobuf.Timestamp","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"endTime":{"type":"google.protobuf.Timestamp","id":13,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":14,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"error":{"type":"google.rpc.Status","id":15,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"labels":{"keyType":"string","type":"string","id":16},"encryptionSpec":{"type":"EncryptionSpec","id":17},"satisfiesPzs":{"type":"bool","id":19,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"satisfiesPzi":{"type":"bool","id":20,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"Trial":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/Trial","(google.api.resource).pattern":"projects/{project}/locations/{location}/studies/{study}/trials/{trial}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"id":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"state":{"type":"State","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"parameters":{"rule":"repeated","type":"Parameter","id":4,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"finalMeasurement":{"type":"Measurement","id":5,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"measurements":{"rule":"repeated","type":"Measurement","id":6,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"startTime":{"type":"google.protobuf.Timestamp","id":7,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"endTime":{"type":"google.protobuf.Timestamp","id":8,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"clientId":{"type":"string","id":9,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"infeasibleReason":{"type":"string","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"customJob":{"type":"string","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY","(google.api.resource_reference).type":"aiplatform.googleapis.com/CustomJob"}},"webAccessUris":{"keyType":"string","type":"string","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"Parameter":{"fields":{"parameterId":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"value":{"type":"google.protobuf.Value","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"State":{"values":{"STATE_UNSPECIFIED":0,"REQUESTED":1,"ACTIVE":2,"STOPPING":3,"SUCCEEDED":4,"INFEASIBLE":5}}}},"StudyTimeConstraint":{"oneofs":{"constraint":{"oneof":["maxDuration","endTime"]}},"fields":{"maxDuration":{"type":"google.protobuf.Duration","id":1},"endTime":{"type":"google.protobuf.Timestamp","id":2}}},"StudySpec":{"oneofs":{"automatedStoppingSpec":{"oneof":["decayCurveStoppingSpec","medianAutomatedStoppingSpec","convexAutomatedStoppingSpec"]},"_studyStoppingConfig":{"oneof":["studyStoppingConfig"]}},"fields":{"decayCurveStoppingSpec":{"type":"DecayCurveAutomatedStoppingSpec","id":4},"medianAutomatedStoppingSpec":{"type":"MedianAutomatedStoppingSpec","id":5},"convexAutomatedStoppingSpec":{"type":"ConvexAutomatedStoppingSpec","id":9},"metrics":{"rule":"repeated","type":"MetricSpec","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"parameters":{"rule":"repeated","type":"ParameterSpec","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"algorithm":{"type":"Algorithm","id":3},"observationNoise":{"type":"ObservationNoise","id":6},"measurementSelectionType":{"type":"MeasurementSelectionType","id":7},"studyStoppingConfig":{"type":"StudyStoppingConfig","id":11,"options":{"proto3_optional":true}}},"nested":{"MetricSpec":{"oneofs":{"_safetyConfig":{"oneof":["safetyConfig"]}},"fields":{"metricId":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"goal":{"type":"GoalType","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"safetyConfig":{"type":"SafetyMetricConfig","id":3,"options":{"proto3_optional":true}}},"nested":{"SafetyMetricConfig":{"oneofs":{"_desiredMinSafeTrialsFraction":{"oneof":["desiredMinSafeTrialsFraction"]}},"fields":{"safetyThreshold":{"type":"double","id":1},"desiredMinSafeTrialsFraction":{"type":"double","id":2,"options":{"proto3_optional":true}}}},"GoalType":{"values":{"GOAL_TYPE_UNSPECIFIED":0,"MAXIMIZE":1,"MINIMIZE":2}}}},"ParameterSpec":{"oneofs":{"parameterValueSpec":{"oneof":["doubleValueSpec","integerValueSpec","categoricalValueSpec","discreteValueSpec"]}},"fields":{"doubleValueSpec":{"type":"DoubleValueSpec","id":2},"integerValueSpec":{"type":"IntegerValueSpec","id":3},"categoricalValueSpec":{"type":"CategoricalValueSpec","id":4},"discreteValueSpec":{"type":"DiscreteValueSpec","id":5},"parameterId":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"scaleType":{"type":"ScaleType","id":6},"conditionalParameterSpecs":{"rule":"repeated","type":"ConditionalParameterSpec","id":10}},"nested":{"DoubleValueSpec":{"oneofs":{"_defaultValue":{"oneof":["defaultValue"]}},"fields":{"minValue":{"type":"double","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"maxValue":{"type":"double","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"defaultValue":{"type":"double","id":4,"options":{"proto3_optional":true}}}},"IntegerValueSpec":{"oneofs":{"_defaultValue":{"oneof":["defaultValue"]}},"fields":{"minValue":{"type":"int64","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"maxValue":{"type":"int64","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"defaultValue":{"type":"int64","id":4,"options":{"proto3_optional":true}}}},"CategoricalValueSpec":{"oneofs":{"_defaultValue":{"oneof":["defaultValue"]}},"fields":{"values":{"rule":"repeated","type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"defaultValue":{"type":"string","id":3,"options":{"proto3_optional":true}}}},"DiscreteValueSpec":{"oneofs":{"_defaultValue":{"oneof":["defaultValue"]}},"fields":{"values":{"rule":"repeated","type":"double","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"defaultValue":{"type":"double","id":3,"options":{"proto3_optional":true}}}},"ConditionalParameterSpec":{"oneofs":{"parentValueCondition":{"oneof":["parentDiscreteValues","parentIntValues","parentCategoricalValues"]}},"fields":{"parentDiscreteValues":{"type":"DiscreteValueCondition","id":2},"parentIntValues":{"type":"IntValueCondition","id":3},"parentCategoricalValues":{"type":"CategoricalValueCondition","id":4},"parameterSpec":{"type":"ParameterSpec","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}},"nested":{"DiscreteValueCondition":{"fields":{"values":{"rule":"repeated","type":"double","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"IntValueCondition":{"fields":{"values":{"rule":"repeated","type":"int64","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"CategoricalValueCondition":{"fields":{"values":{"rule":"repeated","type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}}}},"ScaleType":{"values":{"SCALE_TYPE_UNSPECIFIED":0,"UNIT_LINEAR_SCALE":1,"UNIT_LOG_SCALE":2,"UNIT_REVERSE_LOG_SCALE":3}}}},"DecayCurveAutomatedStoppingSpec":{"fields":{"useElapsedDuration":{"type":"bool","id":1}}},"MedianAutomatedStoppingSpec":{"fields":{"useElapsedDuration":{"type":"bool","id":1}}},"ConvexAutomatedStoppingSpec":{"oneofs":{"_updateAllStoppedTrials":{"oneof":["updateAllStoppedTrials"]}},"fields":{"maxStepCount":{"type":"int64","id":1},"minStepCount":{"type":"int64","id":2},"minMeasurementCount":{"type":"int64","id":3},"learningRateParameterName":{"type":"string","id":4},"useElapsedDuration":{"type":"bool","id":5},"updateAllStoppedTrials":{"type":"bool","id":6,"options":{"proto3_optional":true}}}},"StudyStoppingConfig":{"fields":{"shouldStopAsap":{"type":"google.protobuf.BoolValue","id":1},"minimumRuntimeConstraint":{"type":"StudyTimeConstraint","id":2},"maximumRuntimeConstraint":{"type":"StudyTimeConstraint","id":3},"minNumTrials":{"type":"google.protobuf.Int32Value","id":4},"maxNumTrials":{"type":"google.protobuf.Int32Value","id":5},"maxNumTrialsNoProgress":{"type":"google.protobuf.Int32Value","id":6},"maxDurationNoProgress":{"type":"google.protobuf.Duration","id":7}}},"Algorithm":{"values":{"ALGORITHM_UNSPECIFIED":0,"GRID_SEARCH":2,"RANDOM_SEARCH":3}},"ObservationNoise":{"values":{"OBSERVATION_NOISE_UNSPECIFIED":0,"LOW":1,"HIGH":2}},"MeasurementSelectionType":{"values":{"MEASUREMENT_SELECTION_TYPE_UNSPECIFIED":0,"LAST_MEASUREMENT":1,"BEST_MEASUREMENT":2}}}},"Measurement":{"fields":{"elapsedDuration":{"type":"google.protobuf.Duration","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"stepCount":{"type":"int64","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"metrics":{"rule":"repeated","type":"Metric","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"Metric":{"fields":{"metricId":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"value":{"type":"double","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}}}},"JobService":{"options":{"(google.api.default_host)":"aiplatform.googleapis.com","(google.api.oauth_scopes)":"https://www.googleapis.com/auth/cloud-platform,https://www.googleapis.com/auth/cloud-platform.read-only"},"methods":{"CreateCustomJob":{"requestType":"CreateCustomJobRequest","responseType":"CustomJob","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/customJobs","(google.api.http).body":"custom_job","(google.api.method_signature)":"parent,custom_job"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/customJobs","body":"custom_job"}},{"(google.api.method_signature)":"parent,custom_job"}]},"GetCustomJob":{"requestType":"GetCustomJobRequest","responseType":"CustomJob","options":{"(google.api.http).get":"/v1/{name=projects/*/locations/*/customJobs/*}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=projects/*/locations/*/customJobs/*}"}},{"(google.api.method_signature)":"name"}]},"ListCustomJobs":{"requestType":"ListCustomJobsRequest","responseType":"ListCustomJobsResponse","options":{"(google.api.http).get":"/v1/{parent=projects/*/locations/*}/customJobs","(google.api.method_signature)":"parent"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{parent=projects/*/locations/*}/customJobs"}},{"(google.api.method_signature)":"parent"}]},"DeleteCustomJob":{"requestType":"DeleteCustomJobRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).delete":"/v1/{name=projects/*/locations/*/customJobs/*}","(google.api.method_signature)":"name","(google.longrunning.operation_info).response_type":"google.protobuf.Empty","(google.longrunning.operation_info).metadata_type":"DeleteOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"delete":"/v1/{name=projects/*/locations/*/customJobs/*}"}},{"(google.api.method_signature)":"name"},{"(google.longrunning.operation_info)":{"response_type":"google.protobuf.Empty","metadata_type":"DeleteOperationMetadata"}}]},"CancelCustomJob":{"requestType":"CancelCustomJobRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=projects/*/locations/*/customJobs/*}:cancel","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=projects/*/locations/*/customJobs/*}:cancel","body":"*"}},{"(google.api.method_signature)":"name"}]},"CreateDataLabelingJob":{"requestType":"CreateDataLabelingJobRequest","responseType":"DataLabelingJob","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/dataLabelingJobs","(google.api.http).body":"data_labeling_job","(google.api.method_signature)":"parent,data_labeling_job"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/dataLabelingJobs","body":"data_labeling_job"}},{"(google.api.method_signature)":"parent,data_labeling_job"}]},"GetDataLabelingJob":{"requestType":"GetDataLabelingJobRequest","responseType":"DataLabelingJob","options":{"(google.api.http).get":"/v1/{name=projects/*/locations/*/dataLabelingJobs/*}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=projects/*/locations/*/dataLabelingJobs/*}"}},{"(google.api.method_signature)":"name"}]},"ListDataLabelingJobs":{"requestType":"ListDataLabelingJobsRequest","responseType":"ListDataLabelingJobsResponse","options":{"(google.api.http).get":"/v1/{parent=projects/*/locations/*}/dataLabelingJobs","(google.api.method_signature)":"parent"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{parent=projects/*/locations/*}/dataLabelingJobs"}},{"(google.api.method_signature)":"parent"}]},"DeleteDataLabelingJob":{"requestType":"DeleteDataLabelingJobRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).delete":"/v1/{name=projects/*/locations/*/dataLabelingJobs/*}","(google.api.method_signature)":"name","(google.longrunning.operation_info).response_type":"google.protobuf.Empty","(google.longrunning.operation_info).metadata_type":"DeleteOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"delete":"/v1/{name=projects/*/locations/*/dataLabelingJobs/*}"}},{"(google.api.method_signature)":"name"},{"(google.longrunning.operation_info)":{"response_type":"google.protobuf.Empty","metadata_type":"DeleteOperationMetadata"}}]},"CancelDataLabelingJob":{"requestType":"CancelDataLabelingJobRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=projects/*/locations/*/dataLabelingJobs/*}:cancel","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=projects/*/locations/*/dataLabelingJobs/*}:cancel","body":"*"}},{"(google.api.method_signature)":"name"}]},"CreateHyperparameterTuningJob":{"requestType":"CreateHyperparameterTuningJobRequest","responseType":"HyperparameterTuningJob","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/hyperparameterTuningJobs","(google.api.http).body":"hyperparameter_tuning_job","(google.api.method_signature)":"parent,hyperparameter_tuning_job"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/hyperparameterTuningJobs","body":"hyperparameter_tuning_job"}},{"(google.api.method_signature)":"parent,hyperparameter_tuning_job"}]},"GetHyperparameterTuningJob":{"requestType":"GetHyperparameterTuningJobRequest","responseType":"HyperparameterTuningJob","options":{"(google.api.http).get":"/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*}"}},{"(google.api.method_signature)":"name"}]},"ListHyperparameterTuningJobs":{"requestType":"ListHyperparameterTuningJobsRequest","responseType":"ListHyperparameterTuningJobsResponse","options":{"(google.api.http).get":"/v1/{parent=projects/*/locations/*}/hyperparameterTuningJobs","(google.api.method_signature)":"parent"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{parent=projects/*/locations/*}/hyperparameterTuningJobs"}},{"(google.api.method_signature)":"parent"}]},"DeleteHyperparameterTuningJob":{"requestType":"DeleteHyperparameterTuningJobRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).delete":"/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*}","(google.api.method_signature)":"name","(google.longrunning.operation_info).response_type":"google.protobuf.Empty","(google.longrunning.operation_info).metadata_type":"DeleteOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"delete":"/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*}"}},{"(google.api.method_signature)":"name"},{"(google.longrunning.operation_info)":{"response_type":"google.protobuf.Empty","metadata_type":"DeleteOperationMetadata"}}]},"CancelHyperparameterTuningJob":{"requestType":"CancelHyperparameterTuningJobRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*}:cancel","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*}:cancel","body":"*"}},{"(google.api.method_signature)":"name"}]},"CreateNasJob":{"requestType":"CreateNasJobRequest","responseType":"NasJob","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/nasJobs","(google.api.http).body":"nas_job","(google.api.method_signature)":"parent,nas_job"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/nasJobs","body":"nas_job"}},{"(google.api.method_signature)":"parent,nas_job"}]},"GetNasJob":{"requestType":"GetNasJobRequest","responseType":"NasJob","options":{"(google.api.http).get":"/v1/{name=projects/*/locations/*/nasJobs/*}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=projects/*/locations/*/nasJobs/*}"}},{"(google.api.method_signature)":"name"}]},"ListNasJobs":{"requestType":"ListNasJobsRequest","responseType":"ListNasJobsResponse","options":{"(google.api.http).get":"/v1/{parent=projects/*/locations/*}/nasJobs","(google.api.method_signature)":"parent"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{parent=projects/*/locations/*}/nasJobs"}},{"(google.api.method_signature)":"parent"}]},"DeleteNasJob":{"requestType":"DeleteNasJobRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).delete":"/v1/{name=projects/*/locations/*/nasJobs/*}","(google.api.method_signature)":"name","(google.longrunning.operation_info).response_type":"google.protobuf.Empty","(google.longrunning.operation_info).metadata_type":"DeleteOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"delete":"/v1/{name=projects/*/locations/*/nasJobs/*}"}},{"(google.api.method_signature)":"name"},{"(google.longrunning.operation_info)":{"response_type":"google.protobuf.Empty","metadata_type":"DeleteOperationMetadata"}}]},"CancelNasJob":{"requestType":"CancelNasJobRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=projects/*/locations/*/nasJobs/*}:cancel","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=projects/*/locations/*/nasJobs/*}:cancel","body":"*"}},{"(google.api.method_signature)":"name"}]},"GetNasTrialDetail":{"requestType":"GetNasTrialDetailRequest","responseType":"NasTrialDetail","options":{"(google.api.http).get":"/v1/{name=projects/*/locations/*/nasJobs/*/nasTrialDetails/*}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=projects/*/locations/*/nasJobs/*/nasTrialDetails/*}"}},{"(google.api.method_signature)":"name"}]},"ListNasTrialDetails":{"requestType":"ListNasTrialDetailsRequest","responseType":"ListNasTrialDetailsResponse","options":{"(google.api.http).get":"/v1/{parent=projects/*/locations/*/nasJobs/*}/nasTrialDetails","(google.api.method_signature)":"parent"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{parent=projects/*/locations/*/nasJobs/*}/nasTrialDetails"}},{"(google.api.method_signature)":"parent"}]},"CreateBatchPredictionJob":{"requestType":"CreateBatchPredictionJobRequest","responseType":"BatchPredictionJob","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/batchPredictionJobs","(google.api.http).body":"batch_prediction_job","(google.api.method_signature)":"parent,batch_prediction_job"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/batchPredictionJobs","body":"batch_prediction_job"}},{"(google.api.method_signature)":"parent,batch_prediction_job"}]},"GetBatchPredictionJob":{"requestType":"GetBatchPredictionJobRequest","responseType":"BatchPredictionJob","options":{"(google.api.http).get":"/v1/{name=projects/*/locations/*/batchPredictionJobs/*}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=projects/*/locations/*/batchPredictionJobs/*}"}},{"(google.api.method_signature)":"name"}]},"ListBatchPredictionJobs":{"requestType":"ListBatchPredictionJobsRequest","responseType":"ListBatchPredictionJobsResponse","options":{"(google.api.http).get":"/v1/{parent=projects/*/locations/*}/batchPredictionJobs","(google.api.method_signature)":"parent"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{parent=projects/*/locations/*}/batchPredictionJobs"}},{"(google.api.method_signature)":"parent"}]},"DeleteBatchPredictionJob":{"requestType":"DeleteBatchPredictionJobRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).delete":"/v1/{name=projects/*/locations/*/batchPredictionJobs/*}","(google.api.method_signature)":"name","(google.longrunning.operation_info).response_type":"google.protobuf.Empty","(google.longrunning.operation_info).metadata_type":"DeleteOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"delete":"/v1/{name=projects/*/locations/*/batchPredictionJobs/*}"}},{"(google.api.method_signature)":"name"},{"(google.longrunning.operation_info)":{"response_type":"google.protobuf.Empty","metadata_type":"DeleteOperationMetadata"}}]},"CancelBatchPredictionJob":{"requestType":"CancelBatchPredictionJobRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=projects/*/locations/*/batchPredictionJobs/*}:cancel","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=projects/*/locations/*/batchPredictionJobs/*}:cancel","body":"*"}},{"(google.api.method_signature)":"name"}]},"CreateModelDeploymentMonitoringJob":{"requestType":"CreateModelDeploymentMonitoringJobRequest","responseType":"ModelDeploymentMonitoringJob","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/modelDeploymentMonitoringJobs","(google.api.http).body":"model_deployment_monitoring_job","(google.api.method_signature)":"parent,model_deployment_monitoring_job"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/modelDeploymentMonitoringJobs","body":"model_deployment_monitoring_job"}},{"(google.api.method_signature)":"parent,model_deployment_monitoring_job"}]},"SearchModelDeploymentMonitoringStatsAnomalies":{"requestType":"SearchModelDeploymentMonitoringStatsAnomaliesRequest","responseType":"SearchModelDeploymentMonitoringStatsAnomaliesResponse","options":{"(google.api.http).post":"/v1/{model_deployment_monitoring_job=projects/*/locations/*/modelDeploymentMonitoringJobs/*}:searchModelDeploymentMonitoringStatsAnomalies","(google.api.http).body":"*","(google.api.method_signature)":"model_deployment_monitoring_job,deployed_model_id"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{model_deployment_monitoring_job=projects/*/locations/*/modelDeploymentMonitoringJobs/*}:searchModelDeploymentMonitoringStatsAnomalies","body":"*"}},{"(google.api.method_signature)":"model_deployment_monitoring_job,deployed_model_id"}]},"GetModelDeploymentMonitoringJob":{"requestType":"GetModelDeploymentMonitoringJobRequest","responseType":"ModelDeploymentMonitoringJob","options":{"(google.api.http).get":"/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}"}},{"(google.api.method_signature)":"name"}]},"ListModelDeploymentMonitoringJobs":{"requestType":"ListModelDeploymentMonitoringJobsRequest","responseType":"ListModelDeploymentMonitoringJobsResponse","options":{"(google.api.http).get":"/v1/{parent=projects/*/locations/*}/modelDeploymentMonitoringJobs","(google.api.method_signature)":"parent"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{parent=projects/*/locations/*}/modelDeploymentMonitoringJobs"}},{"(google.api.method_signature)":"parent"}]},"UpdateModelDeploymentMonitoringJob":{"requestType":"UpdateModelDeploymentMonitoringJobRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).patch":"/v1/{model_deployment_monitoring_job.name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}","(google.api.http).body":"model_deployment_monitoring_job","(google.api.method_signature)":"model_deployment_monitoring_job,update_mask","(google.longrunning.operation_info).response_type":"ModelDeploymentMonitoringJob","(google.longrunning.operation_info).metadata_type":"UpdateModelDeploymentMonitoringJobOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"patch":"/v1/{model_deployment_monitoring_job.name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}","body":"model_deployment_monitoring_job"}},{"(google.api.method_signature)":"model_deployment_monitoring_job,update_mask"},{"(google.longrunning.operation_info)":{"response_type":"ModelDeploymentMonitoringJob","metadata_type":"UpdateModelDeploymentMonitoringJobOperationMetadata"}}]},"DeleteModelDeploymentMonitoringJob":{"requestType":"DeleteModelDeploymentMonitoringJobRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).delete":"/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}","(google.api.method_signature)":"name","(google.longrunning.operation_info).response_type":"google.protobuf.Empty","(google.longrunning.operation_info).metadata_type":"DeleteOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"delete":"/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}"}},{"(google.api.method_signature)":"name"},{"(google.longrunning.operation_info)":{"response_type":"google.protobuf.Empty","metadata_type":"DeleteOperationMetadata"}}]},"PauseModelDeploymentMonitoringJob":{"requestType":"PauseModelDeploymentMonitoringJobRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}:pause","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}:pause","body":"*"}},{"(google.api.method_signature)":"name"}]},"ResumeModelDeploymentMonitoringJob":{"requestType":"ResumeModelDeploymentMonitoringJobRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}:resume","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}:resume","body":"*"}},{"(google.api.method_signature)":"name"}]}}},"CreateCustomJobRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"customJob":{"type":"CustomJob","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GetCustomJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/CustomJob"}}}},"ListCustomJobsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"filter":{"type":"string","id":2},"pageSize":{"type":"int32","id":3},"pageToken":{"type":"string","id":4},"readMask":{"type":"google.protobuf.FieldMask","id":5}}},"ListCustomJobsResponse":{"fields":{"customJobs":{"rule":"repeated","type":"CustomJob","id":1},"nextPageToken":{"type":"string","id":2}}},"DeleteCustomJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/CustomJob"}}}},"CancelCustomJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/CustomJob"}}}},"CreateDataLabelingJobRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"dataLabelingJob":{"type":"DataLabelingJob","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GetDataLabelingJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/DataLabelingJob"}}}},"ListDataLabelingJobsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"filter":{"type":"string","id":2},"pageSize":{"type":"int32","id":3},"pageToken":{"type":"string","id":4},"readMask":{"type":"google.protobuf.FieldMask","id":5},"orderBy":{"type":"string","id":6}}},"ListDataLabelingJobsResponse":{"fields":{"dataLabelingJobs":{"rule":"repeated","type":"DataLabelingJob","id":1},"nextPageToken":{"type":"string","id":2}}},"DeleteDataLabelingJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/DataLabelingJob"}}}},"CancelDataLabelingJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/DataLabelingJob"}}}},"CreateHyperparameterTuningJobRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"hyperparameterTuningJob":{"type":"HyperparameterTuningJob","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GetHyperparameterTuningJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/HyperparameterTuningJob"}}}},"ListHyperparameterTuningJobsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"filter":{"type":"string","id":2},"pageSize":{"type":"int32","id":3},"pageToken":{"type":"string","id":4},"readMask":{"type":"google.protobuf.FieldMask","id":5}}},"ListHyperparameterTuningJobsResponse":{"fields":{"hyperparameterTuningJobs":{"rule":"repeated","type":"HyperparameterTuningJob","id":1},"nextPageToken":{"type":"string","id":2}}},"DeleteHyperparameterTuningJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/HyperparameterTuningJob"}}}},"CancelHyperparameterTuningJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/HyperparameterTuningJob"}}}},"CreateNasJobRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"nasJob":{"type":"NasJob","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GetNasJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/NasJob"}}}},"ListNasJobsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"filter":{"type":"string","id":2},"pageSize":{"type":"int32","id":3},"pageToken":{"type":"string","id":4},"readMask":{"type":"google.protobuf.FieldMask","id":5}}},"ListNasJobsResponse":{"fields":{"nasJobs":{"rule":"repeated","type":"NasJob","id":1},"nextPageToken":{"type":"string","id":2}}},"DeleteNasJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/NasJob"}}}},"CancelNasJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/NasJob"}}}},"GetNasTrialDetailRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/NasTrialDetail"}}}},"ListNasTrialDetailsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/NasJob"}},"pageSize":{"type":"int32","id":2},"pageToken":{"type":"string","id":3}}},"ListNasTrialDetailsResponse":{"fields":{"nasTrialDetails":{"rule":"repeated","type":"NasTrialDetail","id":1},"nextPageToken":{"type":"string","id":2}}},"CreateBatchPredictionJobRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"batchPredictionJob":{"type":"BatchPredictionJob","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GetBatchPredictionJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/BatchPredictionJob"}}}},"ListBatchPredictionJobsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"filter":{"type":"string","id":2},"pageSize":{"type":"int32","id":3},"pageToken":{"type":"string","id":4},"readMask":{"type":"google.protobuf.FieldMask","id":5}}},"ListBatchPredictionJobsResponse":{"fields":{"batchPredictionJobs":{"rule":"repeated","type":"BatchPredictionJob","id":1},"nextPageToken":{"type":"string","id":2}}},"DeleteBatchPredictionJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/BatchPredictionJob"}}}},"CancelBatchPredictionJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/BatchPredictionJob"}}}},"CreateModelDeploymentMonitoringJobRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"modelDeploymentMonitoringJob":{"type":"ModelDeploymentMonitoringJob","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"SearchModelDeploymentMonitoringStatsAnomaliesRequest":{"fields":{"modelDeploymentMonitoringJob":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/ModelDeploymentMonitoringJob"}},"deployedModelId":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"featureDisplayName":{"type":"string","id":3},"objectives":{"rule":"repeated","type":"StatsAnomaliesObjective","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}},"pageSize":{"type":"int32","id":5},"pageToken":{"type":"string","id":6},"startTime":{"type":"google.protobuf.Timestamp","id":7},"endTime":{"type":"google.protobuf.Timestamp","id":8}},"nested":{"StatsAnomaliesObjective":{"fields":{"type":{"type":"ModelDeploymentMonitoringObjectiveType","id":1},"topFeatureCount":{"type":"int32","id":4}}}}},"SearchModelDeploymentMonitoringStatsAnomaliesResponse":{"fields":{"monitoringStats":{"rule":"repeated","type":"ModelMonitoringStatsAnomalies","id":1},"nextPageToken":{"type":"string","id":2}}},"GetModelDeploymentMonitoringJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/ModelDeploymentMonitoringJob"}}}},"ListModelDeploymentMonitoringJobsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"filter":{"type":"string","id":2},"pageSize":{"type":"int32","id":3},"pageToken":{"type":"string","id":4},"readMask":{"type":"google.protobuf.FieldMask","id":5}}},"ListModelDeploymentMonitoringJobsResponse":{"fields":{"modelDeploymentMonitoringJobs":{"rule":"repeated","type":"ModelDeploymentMonitoringJob","id":1},"nextPageToken":{"type":"string","id":2}}},"UpdateModelDeploymentMonitoringJobRequest":{"fields":{"modelDeploymentMonitoringJob":{"type":"ModelDeploymentMonitoringJob","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"updateMask":{"type":"google.protobuf.FieldMask","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"DeleteModelDeploymentMonitoringJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/ModelDeploymentMonitoringJob"}}}},"PauseModelDeploymentMonitoringJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/ModelDeploymentMonitoringJob"}}}},"ResumeModelDeploymentMonitoringJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/ModelDeploymentMonitoringJob"}}}},"UpdateModelDeploymentMonitoringJobOperationMetadata":{"fields":{"genericMetadata":{"type":"GenericOperationMetadata","id":1}}},"ModelDeploymentMonitoringObjectiveType":{"values":{"MODEL_DEPLOYMENT_MONITORING_OBJECTIVE_TYPE_UNSPECIFIED":0,"RAW_FEATURE_SKEW":1,"RAW_FEATURE_DRIFT":2,"FEATURE_ATTRIBUTION_SKEW":3,"FEATURE_ATTRIBUTION_DRIFT":4}},"ModelDeploymentMonitoringJob":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/ModelDeploymentMonitoringJob","(google.api.resource).pattern":"projects/{project}/locations/{location}/modelDeploymentMonitoringJobs/{model_deployment_monitoring_job}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"endpoint":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/Endpoint"}},"state":{"type":"JobState","id":4,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"scheduleState":{"type":"MonitoringScheduleState","id":5,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"latestMonitoringPipelineMetadata":{"type":"LatestMonitoringPipelineMetadata","id":25,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"modelDeploymentMonitoringObjectiveConfigs":{"rule":"repeated","type":"ModelDeploymentMonitoringObjectiveConfig","id":6,"options":{"(google.api.field_behavior)":"REQUIRED"}},"modelDeploymentMonitoringScheduleConfig":{"type":"ModelDeploymentMonitoringScheduleConfig","id":7,"options":{"(google.api.field_behavior)":"REQUIRED"}},"loggingSamplingStrategy":{"type":"SamplingStrategy","id":8,"options":{"(google.api.field_behavior)":"REQUIRED"}},"modelMonitoringAlertConfig":{"type":"ModelMonitoringAlertConfig","id":15},"predictInstanceSchemaUri":{"type":"string","id":9},"samplePredictInstance":{"type":"google.protobuf.Value","id":19},"analysisInstanceSchemaUri":{"type":"string","id":16},"bigqueryTables":{"rule":"repeated","type":"ModelDeploymentMonitoringBigQueryTable","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"logTtl":{"type":"google.protobuf.Duration","id":17},"labels":{"keyType":"string","type":"string","id":11},"createTime":{"type":"google.protobuf.Timestamp","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":13,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"nextScheduleTime":{"type":"google.protobuf.Timestamp","id":14,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"statsAnomaliesBaseDirectory":{"type":"GcsDestination","id":20},"encryptionSpec":{"type":"EncryptionSpec","id":21},"enableMonitoringPipelineLogs":{"type":"bool","id":22},"error":{"type":"google.rpc.Status","id":23,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"satisfiesPzs":{"type":"bool","id":26,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"satisfiesPzi":{"type":"bool","id":27,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"LatestMonitoringPipelineMetadata":{"fields":{"runTime":{"type":"google.protobuf.Timestamp","id":1},"status":{"type":"google.rpc.Status","id":2}}},"MonitoringScheduleState":{"values":{"MONITORING_SCHEDULE_STATE_UNSPECIFIED":0,"PENDING":1,"OFFLINE":2,"RUNNING":3}}}},"ModelDeploymentMonitoringBigQueryTable":{"fields":{"logSource":{"type":"LogSource","id":1},"logType":{"type":"LogType","id":2},"bigqueryTablePath":{"type":"string","id":3},"requestResponseLoggingSchemaVersion":{"type":"string","id":4,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"LogSource":{"values":{"LOG_SOURCE_UNSPECIFIED":0,"TRAINING":1,"SERVING":2}},"LogType":{"values":{"LOG_TYPE_UNSPECIFIED":0,"PREDICT":1,"EXPLAIN":2}}}},"ModelDeploymentMonitoringObjectiveConfig":{"fields":{"deployedModelId":{"type":"string","id":1},"objectiveConfig":{"type":"ModelMonitoringObjectiveConfig","id":2}}},"ModelDeploymentMonitoringScheduleConfig":{"fields":{"monitorInterval":{"type":"google.protobuf.Duration","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"monitorWindow":{"type":"google.protobuf.Duration","id":2}}},"ModelMonitoringStatsAnomalies":{"fields":{"objective":{"type":"ModelDeploymentMonitoringObjectiveType","id":1},"deployedModelId":{"type":"string","id":2},"anomalyCount":{"type":"int32","id":3},"featureStats":{"rule":"repeated","type":"FeatureHistoricStatsAnomalies","id":4}},"nested":{"FeatureHistoricStatsAnomalies":{"fields":{"featureDisplayName":{"type":"string","id":1},"threshold":{"type":"ThresholdConfig","id":3},"trainingStats":{"type":"FeatureStatsAnomaly","id":4},"predictionStats":{"rule":"repeated","type":"FeatureStatsAnomaly","id":5}}}}},"ModelMonitoringObjectiveConfig":{"fields":{"trainingDataset":{"type":"TrainingDataset","id":1},"trainingPredictionSkewDetectionConfig":{"type":"TrainingPredictionSkewDetectionConfig","id":2},"predictionDriftDetectionConfig":{"type":"PredictionDriftDetectionConfig","id":3},"explanationConfig":{"type":"ExplanationConfig","id":5}},"nested":{"TrainingDataset":{"oneofs":{"dataSource":{"oneof":["dataset","gcsSource","bigquerySource"]}},"fields":{"dataset":{"type":"string","id":3,"options":{"(google.api.resource_reference).type":"aiplatform.googleapis.com/Dataset"}},"gcsSource":{"type":"GcsSource","id":4},"bigquerySource":{"type":"BigQuerySource","id":5},"dataFormat":{"type":"string","id":2},"targetField":{"type":"string","id":6},"loggingSamplingStrategy":{"type":"SamplingStrategy","id":7}}},"TrainingPredictionSkewDetectionConfig":{"fields":{"skewThresholds":{"keyType":"string","type":"ThresholdConfig","id":1},"attributionScoreSkewThresholds":{"keyType":"string","type":"ThresholdConfig","id":2},"defaultSkewThreshold":{"type":"ThresholdConfig","id":6}}},"PredictionDriftDetectionConfig":{"fields":{"driftThresholds":{"keyType":"string","type":"ThresholdConfig","id":1},"attributionScoreDriftThresholds":{"keyType":"string","type":"ThresholdConfig","id":2},"defaultDriftThreshold":{"type":"ThresholdConfig","id":5}}},"ExplanationConfig":{"fields":{"enableFeatureAttributes":{"type":"bool","id":1},"explanationBaseline":{"type":"ExplanationBaseline","id":2}},"nested":{"ExplanationBaseline":{"oneofs":{"destination":{"oneof":["gcs","bigquery"]}},"fields":{"gcs":{"type":"GcsDestination","id":2},"bigquery":{"type":"BigQueryDestination","id":3},"predictionFormat":{"type":"PredictionFormat","id":1}},"nested":{"PredictionFormat":{"values":{"PREDICTION_FORMAT_UNSPECIFIED":0,"JSONL":2,"BIGQUERY":3}}}}}}}},"ModelMonitoringAlertConfig":{"oneofs":{"alert":{"oneof":["emailAlertConfig"]}},"fields":{"emailAlertConfig":{"type":"EmailAlertConfig","id":1},"enableLogging":{"type":"bool","id":2},"notificationChannels":{"rule":"repeated","type":"string","id":3,"options":{"(google.api.resource_reference).type":"monitoring.googleapis.com/NotificationChannel"}}},"nested":{"EmailAlertConfig":{"fields":{"userEmails":{"rule":"repeated","type":"string","id":1}}}}},"ThresholdConfig":{"oneofs":{"threshold":{"oneof":["value"]}},"fields":{"value":{"type":"double","id":1}}},"SamplingStrategy":{"fields":{"randomSampleConfig":{"type":"RandomSampleConfig","id":1}},"nested":{"RandomSampleConfig":{"fields":{"sampleRate":{"type":"double","id":1}}}}},"NasJob":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/NasJob","(google.api.resource).pattern":"projects/{project}/locations/{location}/nasJobs/{nas_job}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"nasJobSpec":{"type":"NasJobSpec","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}},"nasJobOutput":{"type":"NasJobOutput","id":5,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"state":{"type":"JobState","id":6,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":7,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"startTime":{"type":"google.protobuf.Timestamp","id":8,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"endTime":{"type":"google.protobuf.Timestamp","id":9,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"error":{"type":"google.rpc.Status","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"labels":{"keyType":"string","type":"string","id":12},"encryptionSpec":{"type":"EncryptionSpec","id":13},"enableRestrictedImageTraining":{"type":"bool","id":14,"options":{"deprecated":true,"(google.api.field_behavior)":"OPTIONAL"}},"satisfiesPzs":{"type":"bool","id":15,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"satisfiesPzi":{"type":"bool","id":16,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"NasTrialDetail":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/NasTrialDetail","(google.api.resource).pattern":"projects/{project}/locations/{location}/nasJobs/{nas_job}/nasTrialDetails/{nas_trial_detail}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"parameters":{"type":"string","id":2},"searchTrial":{"type":"NasTrial","id":3},"trainTrial":{"type":"NasTrial","id":4}}},"NasJobSpec":{"oneofs":{"nasAlgorithmSpec":{"oneof":["multiTrialAlgorithmSpec"]}},"fields":{"multiTrialAlgorithmSpec":{"type":"MultiTrialAlgorithmSpec","id":2},"resumeNasJobId":{"type":"string","id":3},"searchSpaceSpec":{"type":"string","id":1}},"nested":{"MultiTrialAlgorithmSpec":{"fields":{"multiTrialAlgorithm":{"type":"MultiTrialAlgorithm","id":1},"metric":{"type":"MetricSpec","id":2},"searchTrialSpec":{"type":"SearchTrialSpec","id":3,"options":{"(google.api.field_behavior)":"REQUIRED"}},"trainTrialSpec":{"type":"TrainTrialSpec","id":4}},"nested":{"MetricSpec":{"fields":{"metricId":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"goal":{"type":"GoalType","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}},"nested":{"GoalType":{"values":{"GOAL_TYPE_UNSPECIFIED":0,"MAXIMIZE":1,"MINIMIZE":2}}}},"SearchTrialSpec":{"fields":{"searchTrialJobSpec":{"type":"CustomJobSpec","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"maxTrialCount":{"type":"int32","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"maxParallelTrialCount":{"type":"int32","id":3,"options":{"(google.api.field_behavior)":"REQUIRED"}},"maxFailedTrialCount":{"type":"int32","id":4}}},"TrainTrialSpec":{"fields":{"trainTrialJobSpec":{"type":"CustomJobSpec","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"maxParallelTrialCount":{"type":"int32","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"frequency":{"type":"int32","id":3,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"MultiTrialAlgorithm":{"values":{"MULTI_TRIAL_ALGORITHM_UNSPECIFIED":0,"REINFORCEMENT_LEARNING":1,"GRID_SEARCH":2}}}}}},"NasJobOutput":{"oneofs":{"output":{"oneof":["multiTrialJobOutput"]}},"fields":{"multiTrialJobOutput":{"type":"MultiTrialJobOutput","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"MultiTrialJobOutput":{"fields":{"searchTrials":{"rule":"repeated","type":"NasTrial","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"trainTrials":{"rule":"repeated","type":"NasTrial","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}}}},"NasTrial":{"fields":{"id":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"state":{"type":"State","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"finalMeasurement":{"type":"Measurement","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"startTime":{"type":"google.protobuf.Timestamp","id":4,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"endTime":{"type":"google.protobuf.Timestamp","id":5,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"State":{"values":{"STATE_UNSPECIFIED":0,"REQUESTED":1,"ACTIVE":2,"STOPPING":3,"SUCCEEDED":4,"INFEASIBLE":5}}}}}}}}}},"protobuf":{"options":{"go_package":"google.golang.org/protobuf/types/descriptorpb","java_package":"com.google.protobuf","java_outer_classname":"DescriptorProtos","csharp_namespace":"Google.Protobuf.Reflection","objc_class_prefix":"GPB","cc_enable_arenas":true,"optimize_for":"SPEED"},"nested":{"Struct":{"fields":{"fields":{"keyType":"string","type":"Value","id":1}}},"Value":{"oneofs":{"kind":{"oneof":["nullValue","numberValue","stringValue","boolValue","structValue","listValue"]}},"fields":{"nullValue":{"type":"NullValue","id":1},"numberValue":{"type":"double","id":2},"stringValue":{"type":"string","id":3},"boolValue":{"type":"bool","id":4},"structValue":{"type":"Struct","id":5},"listValue":{"type":"ListValue","id":6}}},"NullValue":{"values":{"NULL_VALUE":0}},"ListValue":{"fields":{"values":{"rule":"repeated","type":"Value","id":1}}},"Timestamp":{"fields":{"seconds":{"type":"int64","id":1},"nanos":{"type":"int32","id":2}}},"Duration":{"fields":{"seconds":{"type":"int64","id":1},"nanos":{"type":"int32","id":2}}},"Any":{"fields":{"type_url":{"type":"string","id":1},"value":{"type":"bytes","id":2}}},"Empty":{"fields":{}},"FieldMask":{"fields":{"paths":{"rule":"repeated","type":"string","id":1}}},"Int32Value":{"fields":{"value":{"type":"int32","id":1}}},"BoolValue":{"fields":{"value":{"type":"bool","id":1}}}}},"rpc":{"options":{"go_package":"google.golang.org/genproto/googleapis/rpc/status;status","java_multiple_files":true,"java_outer_classname":"StatusProto","java_package":"com.google.rpc","objc_class_prefix":"RPC"},"nested":{"Status":{"fields":{"code":{"type":"int32","id":1},"message":{"type":"string","id":2},"details":{"rule":"repeated","type":"google.protobuf.Any","id":3}}}}},"type":{"options":{"go_package":"google.golang.org/genproto/googleapis/type/color;color","java_multiple_files":true,"java_outer_classname":"ColorProto","java_package":"com.google.type","objc_class_prefix":"GTP"},"nested":{"Money":{"fields":{"currencyCode":{"type":"string","id":1},"units":{"type":"int64","id":2},"nanos":{"type":"int32","id":3}}}}},"longrunning":{"options":{"csharp_namespace":"Google.LongRunning","go_package":"cloud.google.com/go/longrunning/autogen/longrunningpb;longrunningpb","java_multiple_files":true,"java_outer_classname":"OperationsProto","java_package":"com.google.longrunning","objc_class_prefix":"GLRUN","php_namespace":"Google\\\\LongRunning"},"nested":{"Operation":{"oneofs":{"result":{"oneof":["error","response"]}},"fields":{"name":{"type":"string","id":1},"metadata":{"type":"google.protobuf.Any","id":2},"done":{"type":"bool","id":3},"error":{"type":"google.rpc.Status","id":4},"response":{"type":"google.protobuf.Any","id":5}}}}}}}}}');
  }
});

// node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/v1/job_service_client_config.json
var require_job_service_client_config = __commonJS({
  "node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/v1/job_service_client_config.json"(exports, module) {
    module.exports = {
      interfaces: {
        "google.cloud.aiplatform.v1.JobService": {
          retry_codes: {
            non_idempotent: [],
            idempotent: [
              "DEADLINE_EXCEEDED",
              "UNAVAILABLE"
            ]
          },
          retry_params: {
            default: {
              initial_retry_delay_millis: 100,
              retry_delay_multiplier: 1.3,
              max_retry_delay_millis: 6e4,
              initial_rpc_timeout_millis: 6e4,
              rpc_timeout_multiplier: 1,
              max_rpc_timeout_millis: 6e4,
              total_timeout_millis: 6e5
            }
          },
          methods: {
            CreateCustomJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            GetCustomJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ListCustomJobs: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            DeleteCustomJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CancelCustomJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CreateDataLabelingJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            GetDataLabelingJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ListDataLabelingJobs: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            DeleteDataLabelingJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CancelDataLabelingJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CreateHyperparameterTuningJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            GetHyperparameterTuningJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ListHyperparameterTuningJobs: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            DeleteHyperparameterTuningJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CancelHyperparameterTuningJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CreateNasJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            GetNasJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ListNasJobs: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            DeleteNasJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CancelNasJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            GetNasTrialDetail: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ListNasTrialDetails: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CreateBatchPredictionJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            GetBatchPredictionJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ListBatchPredictionJobs: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            DeleteBatchPredictionJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CancelBatchPredictionJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CreateModelDeploymentMonitoringJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            SearchModelDeploymentMonitoringStatsAnomalies: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            GetModelDeploymentMonitoringJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ListModelDeploymentMonitoringJobs: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            UpdateModelDeploymentMonitoringJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            DeleteModelDeploymentMonitoringJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            PauseModelDeploymentMonitoringJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ResumeModelDeploymentMonitoringJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            }
          }
        }
      }
    };
  }
});

// node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/v1/job_service_client.js
var require_job_service_client = __commonJS({
  "node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/v1/job_service_client.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JobServiceClient = void 0;
    var jsonProtos = require_google_cloud_aiplatform_v1_JobService_protos();
    var google_gax_1 = require_src();
    var gapicConfig = require_job_service_client_config();
    var version = require_package().version;
    var JobServiceClient = class {
      _terminated = false;
      _opts;
      _providedCustomServicePath;
      _gaxModule;
      _gaxGrpc;
      _protos;
      _defaults;
      _universeDomain;
      _servicePath;
      _log = google_gax_1.loggingUtils.log("aiplatform");
      auth;
      descriptors = {
        page: {},
        stream: {},
        longrunning: {},
        batching: {}
      };
      warn;
      innerApiCalls;
      iamClient;
      locationsClient;
      pathTemplates;
      operationsClient;
      jobServiceStub;
      /**
       * Construct an instance of JobServiceClient.
       *
       * @param {object} [options] - The configuration object.
       * The options accepted by the constructor are described in detail
       * in [this document](https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#creating-the-client-instance).
       * The common options are:
       * @param {object} [options.credentials] - Credentials object.
       * @param {string} [options.credentials.client_email]
       * @param {string} [options.credentials.private_key]
       * @param {string} [options.email] - Account email address. Required when
       *     using a .pem or .p12 keyFilename.
       * @param {string} [options.keyFilename] - Full path to the a .json, .pem, or
       *     .p12 key downloaded from the Google Developers Console. If you provide
       *     a path to a JSON file, the projectId option below is not necessary.
       *     NOTE: .pem and .p12 require you to specify options.email as well.
       * @param {number} [options.port] - The port on which to connect to
       *     the remote host.
       * @param {string} [options.projectId] - The project ID from the Google
       *     Developer's Console, e.g. 'grape-spaceship-123'. We will also check
       *     the environment variable GCLOUD_PROJECT for your project ID. If your
       *     app is running in an environment which supports
       *     {@link https://cloud.google.com/docs/authentication/application-default-credentials Application Default Credentials},
       *     your project ID will be detected automatically.
       * @param {string} [options.apiEndpoint] - The domain name of the
       *     API remote host.
       * @param {gax.ClientConfig} [options.clientConfig] - Client configuration override.
       *     Follows the structure of {@link gapicConfig}.
       * @param {boolean} [options.fallback] - Use HTTP/1.1 REST mode.
       *     For more information, please check the
       *     {@link https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#http11-rest-api-mode documentation}.
       * @param {gax} [gaxInstance]: loaded instance of `google-gax`. Useful if you
       *     need to avoid loading the default gRPC version and want to use the fallback
       *     HTTP implementation. Load only fallback version and pass it to the constructor:
       *     ```
       *     const gax = require('google-gax/build/src/fallback'); // avoids loading google-gax with gRPC
       *     const client = new JobServiceClient({fallback: true}, gax);
       *     ```
       */
      constructor(opts, gaxInstance) {
        const staticMembers = this.constructor;
        if (opts?.universe_domain && opts?.universeDomain && opts?.universe_domain !== opts?.universeDomain) {
          throw new Error("Please set either universe_domain or universeDomain, but not both.");
        }
        const universeDomainEnvVar = typeof process === "object" && typeof process.env === "object" ? process.env["GOOGLE_CLOUD_UNIVERSE_DOMAIN"] : void 0;
        this._universeDomain = opts?.universeDomain ?? opts?.universe_domain ?? universeDomainEnvVar ?? "googleapis.com";
        this._servicePath = "aiplatform." + this._universeDomain;
        const servicePath = opts?.servicePath || opts?.apiEndpoint || this._servicePath;
        this._providedCustomServicePath = !!(opts?.servicePath || opts?.apiEndpoint);
        const port = opts?.port || staticMembers.port;
        const clientConfig = opts?.clientConfig ?? {};
        const fallback = opts?.fallback ?? (typeof window !== "undefined" && typeof window?.fetch === "function");
        opts = Object.assign({ servicePath, port, clientConfig, fallback }, opts);
        opts.numericEnums = true;
        if (servicePath !== this._servicePath && !("scopes" in opts)) {
          opts["scopes"] = staticMembers.scopes;
        }
        if (!gaxInstance) {
          gaxInstance = require_src();
        }
        this._gaxModule = opts.fallback ? gaxInstance.fallback : gaxInstance;
        this._gaxGrpc = new this._gaxModule.GrpcClient(opts);
        this._opts = opts;
        this.auth = this._gaxGrpc.auth;
        this.auth.useJWTAccessWithScope = true;
        this.auth.defaultServicePath = this._servicePath;
        if (servicePath === this._servicePath) {
          this.auth.defaultScopes = staticMembers.scopes;
        }
        this.iamClient = new this._gaxModule.IamClient(this._gaxGrpc, opts);
        this.locationsClient = new this._gaxModule.LocationsClient(this._gaxGrpc, opts);
        const clientHeader = [`gax/${this._gaxModule.version}`, `gapic/${version}`];
        if (typeof process === "object" && "versions" in process) {
          clientHeader.push(`gl-node/${process.versions.node}`);
        } else {
          clientHeader.push(`gl-web/${this._gaxModule.version}`);
        }
        if (!opts.fallback) {
          clientHeader.push(`grpc/${this._gaxGrpc.grpcVersion}`);
        } else {
          clientHeader.push(`rest/${this._gaxGrpc.grpcVersion}`);
        }
        if (opts.libName && opts.libVersion) {
          clientHeader.push(`${opts.libName}/${opts.libVersion}`);
        }
        this._protos = this._gaxGrpc.loadProtoJSON(jsonProtos);
        this.pathTemplates = {
          annotationPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/dataItems/{data_item}/annotations/{annotation}"),
          annotationSpecPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/annotationSpecs/{annotation_spec}"),
          artifactPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}/artifacts/{artifact}"),
          batchPredictionJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/batchPredictionJobs/{batch_prediction_job}"),
          cachedContentPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/cachedContents/{cached_content}"),
          contextPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}/contexts/{context}"),
          customJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/customJobs/{custom_job}"),
          dataItemPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/dataItems/{data_item}"),
          dataLabelingJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/dataLabelingJobs/{data_labeling_job}"),
          datasetPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}"),
          datasetVersionPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/datasetVersions/{dataset_version}"),
          deploymentResourcePoolPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/deploymentResourcePools/{deployment_resource_pool}"),
          entityTypePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featurestores/{featurestore}/entityTypes/{entity_type}"),
          executionPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}/executions/{execution}"),
          featureGroupPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureGroups/{feature_group}"),
          featureOnlineStorePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureOnlineStores/{feature_online_store}"),
          featureViewPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureOnlineStores/{feature_online_store}/featureViews/{feature_view}"),
          featureViewSyncPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureOnlineStores/{feature_online_store}/featureViews/{feature_view}/featureViewSyncs/feature_view_sync"),
          featurestorePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featurestores/{featurestore}"),
          hyperparameterTuningJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/hyperparameterTuningJobs/{hyperparameter_tuning_job}"),
          indexPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/indexes/{index}"),
          indexEndpointPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/indexEndpoints/{index_endpoint}"),
          locationPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}"),
          metadataSchemaPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}/metadataSchemas/{metadata_schema}"),
          metadataStorePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}"),
          modelPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/models/{model}"),
          modelDeploymentMonitoringJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/modelDeploymentMonitoringJobs/{model_deployment_monitoring_job}"),
          modelEvaluationPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/models/{model}/evaluations/{evaluation}"),
          modelEvaluationSlicePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/models/{model}/evaluations/{evaluation}/slices/{slice}"),
          nasJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/nasJobs/{nas_job}"),
          nasTrialDetailPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/nasJobs/{nas_job}/nasTrialDetails/{nas_trial_detail}"),
          notebookExecutionJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/notebookExecutionJobs/{notebook_execution_job}"),
          notebookRuntimePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/notebookRuntimes/{notebook_runtime}"),
          notebookRuntimeTemplatePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/notebookRuntimeTemplates/{notebook_runtime_template}"),
          persistentResourcePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/persistentResources/{persistent_resource}"),
          pipelineJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/pipelineJobs/{pipeline_job}"),
          projectLocationEndpointPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/endpoints/{endpoint}"),
          projectLocationFeatureGroupFeaturesPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureGroups/{feature_group}/features/{feature}"),
          projectLocationFeaturestoreEntityTypeFeaturesPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featurestores/{featurestore}/entityTypes/{entity_type}/features/{feature}"),
          projectLocationPublisherModelPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/publishers/{publisher}/models/{model}"),
          publisherModelPathTemplate: new this._gaxModule.PathTemplate("publishers/{publisher}/models/{model}"),
          ragCorpusPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/ragCorpora/{rag_corpus}"),
          ragEngineConfigPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/ragEngineConfig"),
          ragFilePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/ragCorpora/{rag_corpus}/ragFiles/{rag_file}"),
          reasoningEnginePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/reasoningEngines/{reasoning_engine}"),
          savedQueryPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/savedQueries/{saved_query}"),
          schedulePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/schedules/{schedule}"),
          sessionPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/reasoningEngines/{reasoning_engine}/sessions/{session}"),
          sessionEventPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/reasoningEngines/{reasoning_engine}/sessions/{session}/events/{event}"),
          specialistPoolPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/specialistPools/{specialist_pool}"),
          studyPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/studies/{study}"),
          tensorboardPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tensorboards/{tensorboard}"),
          tensorboardExperimentPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tensorboards/{tensorboard}/experiments/{experiment}"),
          tensorboardRunPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tensorboards/{tensorboard}/experiments/{experiment}/runs/{run}"),
          tensorboardTimeSeriesPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tensorboards/{tensorboard}/experiments/{experiment}/runs/{run}/timeSeries/{time_series}"),
          trainingPipelinePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/trainingPipelines/{training_pipeline}"),
          trialPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/studies/{study}/trials/{trial}"),
          tuningJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tuningJobs/{tuning_job}")
        };
        this.descriptors.page = {
          listCustomJobs: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "customJobs"),
          listDataLabelingJobs: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "dataLabelingJobs"),
          listHyperparameterTuningJobs: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "hyperparameterTuningJobs"),
          listNasJobs: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "nasJobs"),
          listNasTrialDetails: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "nasTrialDetails"),
          listBatchPredictionJobs: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "batchPredictionJobs"),
          searchModelDeploymentMonitoringStatsAnomalies: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "monitoringStats"),
          listModelDeploymentMonitoringJobs: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "modelDeploymentMonitoringJobs")
        };
        const protoFilesRoot = this._gaxModule.protobufFromJSON(jsonProtos);
        const lroOptions = {
          auth: this.auth,
          grpc: "grpc" in this._gaxGrpc ? this._gaxGrpc.grpc : void 0
        };
        if (opts.fallback) {
          lroOptions.protoJson = protoFilesRoot;
          lroOptions.httpRules = [
            {
              selector: "google.cloud.location.Locations.GetLocation",
              get: "/ui/{name=projects/*/locations/*}",
              additional_bindings: [{ get: "/v1/{name=projects/*/locations/*}" }]
            },
            {
              selector: "google.cloud.location.Locations.ListLocations",
              get: "/ui/{name=projects/*}/locations",
              additional_bindings: [{ get: "/v1/{name=projects/*}/locations" }]
            },
            {
              selector: "google.iam.v1.IAMPolicy.GetIamPolicy",
              post: "/v1/{resource=projects/*/locations/*/featurestores/*}:getIamPolicy",
              additional_bindings: [
                {
                  post: "/v1/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:getIamPolicy"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/models/*}:getIamPolicy"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:getIamPolicy"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*}:getIamPolicy"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/models/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/endpoints/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/publishers/*/models/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureGroups/*}:getIamPolicy"
                }
              ]
            },
            {
              selector: "google.iam.v1.IAMPolicy.SetIamPolicy",
              post: "/v1/{resource=projects/*/locations/*/featurestores/*}:setIamPolicy",
              body: "*",
              additional_bindings: [
                {
                  post: "/v1/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/models/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/models/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/endpoints/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureGroups/*}:setIamPolicy",
                  body: "*"
                }
              ]
            },
            {
              selector: "google.iam.v1.IAMPolicy.TestIamPermissions",
              post: "/v1/{resource=projects/*/locations/*/featurestores/*}:testIamPermissions",
              additional_bindings: [
                {
                  post: "/v1/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:testIamPermissions"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/models/*}:testIamPermissions"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:testIamPermissions"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*}:testIamPermissions"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/models/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/endpoints/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureGroups/*}:testIamPermissions"
                }
              ]
            },
            {
              selector: "google.longrunning.Operations.CancelOperation",
              post: "/ui/{name=projects/*/locations/*/operations/*}:cancel",
              additional_bindings: [
                {
                  post: "/ui/{name=projects/*/locations/*/agents/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/apps/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/edgeDevices/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/endpoints/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/extensionControllers/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/extensions/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/customJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tuningJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/indexes/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/indexEndpoints/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/modelMonitors/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/migratableResources/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/models/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/persistentResources/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/studies/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/studies/*/trials/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/trainingPipelines/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/pipelineJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/schedules/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/ragEngineConfig/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/specialistPools/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}:cancel"
                },
                { post: "/v1/{name=projects/*/locations/*/operations/*}:cancel" },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/endpoints/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/customJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tuningJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/indexes/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/indexEndpoints/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/migratableResources/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/models/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/persistentResources/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragEngineConfig/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragCorpora/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/reasoningEngines/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/studies/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/studies/*/trials/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/trainingPipelines/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/pipelineJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/schedules/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/specialistPools/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=reasoningEngines/*/sessions/*/operations/*}:cancel"
                }
              ]
            },
            {
              selector: "google.longrunning.Operations.DeleteOperation",
              delete: "/ui/{name=projects/*/locations/*/operations/*}",
              additional_bindings: [
                { delete: "/ui/{name=projects/*/locations/*/agents/*/operations/*}" },
                { delete: "/ui/{name=projects/*/locations/*/apps/*/operations/*}" },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/edgeDevices/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/endpoints/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/extensionControllers/*}/operations"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/extensions/*}/operations"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featurestores/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/customJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/indexes/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/indexEndpoints/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/metadataStores/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/modelMonitors/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/migratableResources/*/operations/*}"
                },
                { delete: "/ui/{name=projects/*/locations/*/models/*/operations/*}" },
                {
                  delete: "/ui/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/persistentResources/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/studies/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/studies/*/trials/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/trainingPipelines/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/pipelineJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/schedules/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/specialistPools/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/ragEngineConfig/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/tensorboards/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureGroups/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureGroups/*/featureMonitors/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}"
                },
                { delete: "/v1/{name=projects/*/locations/*/operations/*}" },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/endpoints/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featurestores/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/customJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/indexes/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/indexEndpoints/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/metadataStores/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/migratableResources/*/operations/*}"
                },
                { delete: "/v1/{name=projects/*/locations/*/models/*/operations/*}" },
                {
                  delete: "/v1/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/ragEngineConfig/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/ragCorpora/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/reasoningEngines/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/studies/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/studies/*/trials/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/trainingPipelines/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/persistentResources/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/pipelineJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/schedules/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/specialistPools/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/tensorboards/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featureGroups/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}"
                },
                { delete: "/v1/{name=reasoningEngines/*/sessions/*/operations/*}" }
              ]
            },
            {
              selector: "google.longrunning.Operations.GetOperation",
              get: "/ui/{name=projects/*/locations/*/operations/*}",
              additional_bindings: [
                { get: "/ui/{name=projects/*/locations/*/agents/*/operations/*}" },
                { get: "/ui/{name=projects/*/locations/*/apps/*/operations/*}" },
                { get: "/ui/{name=projects/*/locations/*/datasets/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/edgeDeploymentJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/edgeDevices/*/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/endpoints/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/extensionControllers/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/extensions/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/customJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tuningJobs/*/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/indexes/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/indexEndpoints/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/modelMonitors/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/migratableResources/*/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/models/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/persistentResources/*/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/studies/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/studies/*/trials/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/trainingPipelines/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/pipelineJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/ragEngineConfig/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/schedules/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/specialistPools/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/featureMonitors/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/operations/*}" },
                { get: "/v1/{name=projects/*/locations/*/datasets/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/endpoints/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/customJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tuningJobs/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/indexes/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/indexEndpoints/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/migratableResources/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/models/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/ragEngineConfig/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/ragCorpora/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/reasoningEngines/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/studies/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/studies/*/trials/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/trainingPipelines/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/persistentResources/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/pipelineJobs/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/schedules/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/specialistPools/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureGroups/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}"
                },
                { get: "/v1/{name=reasoningEngines/*/sessions/*/operations/*}" }
              ]
            },
            {
              selector: "google.longrunning.Operations.ListOperations",
              get: "/ui/{name=projects/*/locations/*}/operations",
              additional_bindings: [
                { get: "/ui/{name=projects/*/locations/*/agents/*}/operations" },
                { get: "/ui/{name=projects/*/locations/*/apps/*}/operations" },
                { get: "/ui/{name=projects/*/locations/*/datasets/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/edgeDevices/*}/operations" },
                { get: "/ui/{name=projects/*/locations/*/endpoints/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/extensionControllers/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/extensions/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/customJobs/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/tuningJobs/*}/operations" },
                { get: "/ui/{name=projects/*/locations/*/indexes/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/indexEndpoints/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/modelMonitors/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/migratableResources/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/models/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/models/*/evaluations/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookRuntimes/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/studies/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/studies/*/trials/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/trainingPipelines/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/persistentResources/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/pipelineJobs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/ragEngineConfig}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/schedules/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/specialistPools/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}:wait"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}:wait"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/operations/*}:wait"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}:wait"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/featureMonitors/*/operations/*}:wait"
                },
                { get: "/v1/{name=projects/*/locations/*}/operations" },
                { get: "/v1/{name=projects/*/locations/*/datasets/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/endpoints/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/customJobs/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/tuningJobs/*}/operations" },
                { get: "/v1/{name=projects/*/locations/*/indexes/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/indexEndpoints/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/migratableResources/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/models/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/models/*/evaluations/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookRuntimes/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/reasoningEngines/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/studies/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/studies/*/trials/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/trainingPipelines/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/persistentResources/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/pipelineJobs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/ragEngineConfig}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/ragCorpora/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/schedules/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/specialistPools/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}:wait"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}:wait"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureGroups/*/operations/*}:wait"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}:wait"
                },
                { get: "/v1/{name=reasoningEngines/*/sessions/*}/operations" }
              ]
            },
            {
              selector: "google.longrunning.Operations.WaitOperation",
              post: "/ui/{name=projects/*/locations/*/operations/*}:wait",
              additional_bindings: [
                {
                  post: "/ui/{name=projects/*/locations/*/agents/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/apps/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/edgeDevices/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/endpoints/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/extensionControllers/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/extensions/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/customJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tuningJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/indexes/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/indexEndpoints/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/modelMonitors/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/migratableResources/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/models/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/studies/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/studies/*/trials/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/trainingPipelines/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/persistentResources/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/pipelineJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/schedules/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/specialistPools/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/ragEngineConfig/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureGroups/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureGroups/*/featureMonitors/*/operations/*}:wait"
                },
                { post: "/v1/{name=projects/*/locations/*/operations/*}:wait" },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/endpoints/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/customJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/indexes/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/indexEndpoints/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/migratableResources/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/models/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragEngineConfig/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragCorpora/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/reasoningEngines/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/studies/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/studies/*/trials/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/trainingPipelines/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/persistentResources/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/pipelineJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/schedules/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/specialistPools/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featureGroups/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=reasoningEngines/*/sessions/*/operations/*}:wait"
                }
              ]
            }
          ];
        }
        this.operationsClient = this._gaxModule.lro(lroOptions).operationsClient(opts);
        const deleteCustomJobResponse = protoFilesRoot.lookup(".google.protobuf.Empty");
        const deleteCustomJobMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.DeleteOperationMetadata");
        const deleteDataLabelingJobResponse = protoFilesRoot.lookup(".google.protobuf.Empty");
        const deleteDataLabelingJobMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.DeleteOperationMetadata");
        const deleteHyperparameterTuningJobResponse = protoFilesRoot.lookup(".google.protobuf.Empty");
        const deleteHyperparameterTuningJobMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.DeleteOperationMetadata");
        const deleteNasJobResponse = protoFilesRoot.lookup(".google.protobuf.Empty");
        const deleteNasJobMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.DeleteOperationMetadata");
        const deleteBatchPredictionJobResponse = protoFilesRoot.lookup(".google.protobuf.Empty");
        const deleteBatchPredictionJobMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.DeleteOperationMetadata");
        const updateModelDeploymentMonitoringJobResponse = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.ModelDeploymentMonitoringJob");
        const updateModelDeploymentMonitoringJobMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.UpdateModelDeploymentMonitoringJobOperationMetadata");
        const deleteModelDeploymentMonitoringJobResponse = protoFilesRoot.lookup(".google.protobuf.Empty");
        const deleteModelDeploymentMonitoringJobMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.DeleteOperationMetadata");
        this.descriptors.longrunning = {
          deleteCustomJob: new this._gaxModule.LongrunningDescriptor(this.operationsClient, deleteCustomJobResponse.decode.bind(deleteCustomJobResponse), deleteCustomJobMetadata.decode.bind(deleteCustomJobMetadata)),
          deleteDataLabelingJob: new this._gaxModule.LongrunningDescriptor(this.operationsClient, deleteDataLabelingJobResponse.decode.bind(deleteDataLabelingJobResponse), deleteDataLabelingJobMetadata.decode.bind(deleteDataLabelingJobMetadata)),
          deleteHyperparameterTuningJob: new this._gaxModule.LongrunningDescriptor(this.operationsClient, deleteHyperparameterTuningJobResponse.decode.bind(deleteHyperparameterTuningJobResponse), deleteHyperparameterTuningJobMetadata.decode.bind(deleteHyperparameterTuningJobMetadata)),
          deleteNasJob: new this._gaxModule.LongrunningDescriptor(this.operationsClient, deleteNasJobResponse.decode.bind(deleteNasJobResponse), deleteNasJobMetadata.decode.bind(deleteNasJobMetadata)),
          deleteBatchPredictionJob: new this._gaxModule.LongrunningDescriptor(this.operationsClient, deleteBatchPredictionJobResponse.decode.bind(deleteBatchPredictionJobResponse), deleteBatchPredictionJobMetadata.decode.bind(deleteBatchPredictionJobMetadata)),
          updateModelDeploymentMonitoringJob: new this._gaxModule.LongrunningDescriptor(this.operationsClient, updateModelDeploymentMonitoringJobResponse.decode.bind(updateModelDeploymentMonitoringJobResponse), updateModelDeploymentMonitoringJobMetadata.decode.bind(updateModelDeploymentMonitoringJobMetadata)),
          deleteModelDeploymentMonitoringJob: new this._gaxModule.LongrunningDescriptor(this.operationsClient, deleteModelDeploymentMonitoringJobResponse.decode.bind(deleteModelDeploymentMonitoringJobResponse), deleteModelDeploymentMonitoringJobMetadata.decode.bind(deleteModelDeploymentMonitoringJobMetadata))
        };
        this._defaults = this._gaxGrpc.constructSettings("google.cloud.aiplatform.v1.JobService", gapicConfig, opts.clientConfig || {}, { "x-goog-api-client": clientHeader.join(" ") });
        this.innerApiCalls = {};
        this.warn = this._gaxModule.warn;
      }
      /**
       * Initialize the client.
       * Performs asynchronous operations (such as authentication) and prepares the client.
       * This function will be called automatically when any class method is called for the
       * first time, but if you need to initialize it before calling an actual method,
       * feel free to call initialize() directly.
       *
       * You can await on this method if you want to make sure the client is initialized.
       *
       * @returns {Promise} A promise that resolves to an authenticated service stub.
       */
      initialize() {
        if (this.jobServiceStub) {
          return this.jobServiceStub;
        }
        this.jobServiceStub = this._gaxGrpc.createStub(this._opts.fallback ? this._protos.lookupService("google.cloud.aiplatform.v1.JobService") : (
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          this._protos.google.cloud.aiplatform.v1.JobService
        ), this._opts, this._providedCustomServicePath);
        const jobServiceStubMethods = [
          "createCustomJob",
          "getCustomJob",
          "listCustomJobs",
          "deleteCustomJob",
          "cancelCustomJob",
          "createDataLabelingJob",
          "getDataLabelingJob",
          "listDataLabelingJobs",
          "deleteDataLabelingJob",
          "cancelDataLabelingJob",
          "createHyperparameterTuningJob",
          "getHyperparameterTuningJob",
          "listHyperparameterTuningJobs",
          "deleteHyperparameterTuningJob",
          "cancelHyperparameterTuningJob",
          "createNasJob",
          "getNasJob",
          "listNasJobs",
          "deleteNasJob",
          "cancelNasJob",
          "getNasTrialDetail",
          "listNasTrialDetails",
          "createBatchPredictionJob",
          "getBatchPredictionJob",
          "listBatchPredictionJobs",
          "deleteBatchPredictionJob",
          "cancelBatchPredictionJob",
          "createModelDeploymentMonitoringJob",
          "searchModelDeploymentMonitoringStatsAnomalies",
          "getModelDeploymentMonitoringJob",
          "listModelDeploymentMonitoringJobs",
          "updateModelDeploymentMonitoringJob",
          "deleteModelDeploymentMonitoringJob",
          "pauseModelDeploymentMonitoringJob",
          "resumeModelDeploymentMonitoringJob"
        ];
        for (const methodName of jobServiceStubMethods) {
          const callPromise = this.jobServiceStub.then((stub) => (...args) => {
            if (this._terminated) {
              return Promise.reject("The client has already been closed.");
            }
            const func = stub[methodName];
            return func.apply(stub, args);
          }, (err) => () => {
            throw err;
          });
          const descriptor = this.descriptors.page[methodName] || this.descriptors.longrunning[methodName] || void 0;
          const apiCall = this._gaxModule.createApiCall(callPromise, this._defaults[methodName], descriptor, this._opts.fallback);
          this.innerApiCalls[methodName] = apiCall;
        }
        return this.jobServiceStub;
      }
      /**
       * The DNS address for this API service.
       * @deprecated Use the apiEndpoint method of the client instance.
       * @returns {string} The DNS address for this service.
       */
      static get servicePath() {
        if (typeof process === "object" && typeof process.emitWarning === "function") {
          process.emitWarning("Static servicePath is deprecated, please use the instance method instead.", "DeprecationWarning");
        }
        return "aiplatform.googleapis.com";
      }
      /**
       * The DNS address for this API service - same as servicePath.
       * @deprecated Use the apiEndpoint method of the client instance.
       * @returns {string} The DNS address for this service.
       */
      static get apiEndpoint() {
        if (typeof process === "object" && typeof process.emitWarning === "function") {
          process.emitWarning("Static apiEndpoint is deprecated, please use the instance method instead.", "DeprecationWarning");
        }
        return "aiplatform.googleapis.com";
      }
      /**
       * The DNS address for this API service.
       * @returns {string} The DNS address for this service.
       */
      get apiEndpoint() {
        return this._servicePath;
      }
      get universeDomain() {
        return this._universeDomain;
      }
      /**
       * The port for this API service.
       * @returns {number} The default port for this service.
       */
      static get port() {
        return 443;
      }
      /**
       * The scopes needed to make gRPC calls for every method defined
       * in this service.
       * @returns {string[]} List of default scopes.
       */
      static get scopes() {
        return [
          "https://www.googleapis.com/auth/cloud-platform",
          "https://www.googleapis.com/auth/cloud-platform.read-only"
        ];
      }
      /**
       * Return the project ID used by this class.
       * @returns {Promise} A promise that resolves to string containing the project ID.
       */
      getProjectId(callback) {
        if (callback) {
          this.auth.getProjectId(callback);
          return;
        }
        return this.auth.getProjectId();
      }
      createCustomJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("createCustomJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("createCustomJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.createCustomJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("createCustomJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      getCustomJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("getCustomJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("getCustomJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.getCustomJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("getCustomJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      cancelCustomJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("cancelCustomJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("cancelCustomJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.cancelCustomJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("cancelCustomJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      createDataLabelingJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("createDataLabelingJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("createDataLabelingJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.createDataLabelingJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("createDataLabelingJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      getDataLabelingJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("getDataLabelingJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("getDataLabelingJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.getDataLabelingJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("getDataLabelingJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      cancelDataLabelingJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("cancelDataLabelingJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("cancelDataLabelingJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.cancelDataLabelingJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("cancelDataLabelingJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      createHyperparameterTuningJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("createHyperparameterTuningJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("createHyperparameterTuningJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.createHyperparameterTuningJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("createHyperparameterTuningJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      getHyperparameterTuningJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("getHyperparameterTuningJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("getHyperparameterTuningJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.getHyperparameterTuningJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("getHyperparameterTuningJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      cancelHyperparameterTuningJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("cancelHyperparameterTuningJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("cancelHyperparameterTuningJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.cancelHyperparameterTuningJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("cancelHyperparameterTuningJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      createNasJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("createNasJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("createNasJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.createNasJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("createNasJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      getNasJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("getNasJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("getNasJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.getNasJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("getNasJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      cancelNasJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("cancelNasJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("cancelNasJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.cancelNasJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("cancelNasJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      getNasTrialDetail(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("getNasTrialDetail request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("getNasTrialDetail response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.getNasTrialDetail(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("getNasTrialDetail response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      createBatchPredictionJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("createBatchPredictionJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("createBatchPredictionJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.createBatchPredictionJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("createBatchPredictionJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      getBatchPredictionJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("getBatchPredictionJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("getBatchPredictionJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.getBatchPredictionJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("getBatchPredictionJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      cancelBatchPredictionJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("cancelBatchPredictionJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("cancelBatchPredictionJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.cancelBatchPredictionJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("cancelBatchPredictionJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      createModelDeploymentMonitoringJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("createModelDeploymentMonitoringJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("createModelDeploymentMonitoringJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.createModelDeploymentMonitoringJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("createModelDeploymentMonitoringJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      getModelDeploymentMonitoringJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("getModelDeploymentMonitoringJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("getModelDeploymentMonitoringJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.getModelDeploymentMonitoringJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("getModelDeploymentMonitoringJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      pauseModelDeploymentMonitoringJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("pauseModelDeploymentMonitoringJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("pauseModelDeploymentMonitoringJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.pauseModelDeploymentMonitoringJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("pauseModelDeploymentMonitoringJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      resumeModelDeploymentMonitoringJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("resumeModelDeploymentMonitoringJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("resumeModelDeploymentMonitoringJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.resumeModelDeploymentMonitoringJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("resumeModelDeploymentMonitoringJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      deleteCustomJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("deleteCustomJob response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("deleteCustomJob request %j", request);
        return this.innerApiCalls.deleteCustomJob(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("deleteCustomJob response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `deleteCustomJob()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.delete_custom_job.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_DeleteCustomJob_async
       */
      async checkDeleteCustomJobProgress(name) {
        this._log.info("deleteCustomJob long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.deleteCustomJob, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      deleteDataLabelingJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("deleteDataLabelingJob response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("deleteDataLabelingJob request %j", request);
        return this.innerApiCalls.deleteDataLabelingJob(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("deleteDataLabelingJob response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `deleteDataLabelingJob()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.delete_data_labeling_job.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_DeleteDataLabelingJob_async
       */
      async checkDeleteDataLabelingJobProgress(name) {
        this._log.info("deleteDataLabelingJob long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.deleteDataLabelingJob, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      deleteHyperparameterTuningJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("deleteHyperparameterTuningJob response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("deleteHyperparameterTuningJob request %j", request);
        return this.innerApiCalls.deleteHyperparameterTuningJob(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("deleteHyperparameterTuningJob response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `deleteHyperparameterTuningJob()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.delete_hyperparameter_tuning_job.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_DeleteHyperparameterTuningJob_async
       */
      async checkDeleteHyperparameterTuningJobProgress(name) {
        this._log.info("deleteHyperparameterTuningJob long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.deleteHyperparameterTuningJob, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      deleteNasJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("deleteNasJob response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("deleteNasJob request %j", request);
        return this.innerApiCalls.deleteNasJob(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("deleteNasJob response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `deleteNasJob()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.delete_nas_job.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_DeleteNasJob_async
       */
      async checkDeleteNasJobProgress(name) {
        this._log.info("deleteNasJob long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.deleteNasJob, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      deleteBatchPredictionJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("deleteBatchPredictionJob response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("deleteBatchPredictionJob request %j", request);
        return this.innerApiCalls.deleteBatchPredictionJob(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("deleteBatchPredictionJob response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `deleteBatchPredictionJob()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.delete_batch_prediction_job.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_DeleteBatchPredictionJob_async
       */
      async checkDeleteBatchPredictionJobProgress(name) {
        this._log.info("deleteBatchPredictionJob long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.deleteBatchPredictionJob, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      updateModelDeploymentMonitoringJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          "model_deployment_monitoring_job.name": request.modelDeploymentMonitoringJob.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("updateModelDeploymentMonitoringJob response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("updateModelDeploymentMonitoringJob request %j", request);
        return this.innerApiCalls.updateModelDeploymentMonitoringJob(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("updateModelDeploymentMonitoringJob response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `updateModelDeploymentMonitoringJob()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.update_model_deployment_monitoring_job.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_UpdateModelDeploymentMonitoringJob_async
       */
      async checkUpdateModelDeploymentMonitoringJobProgress(name) {
        this._log.info("updateModelDeploymentMonitoringJob long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.updateModelDeploymentMonitoringJob, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      deleteModelDeploymentMonitoringJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("deleteModelDeploymentMonitoringJob response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("deleteModelDeploymentMonitoringJob request %j", request);
        return this.innerApiCalls.deleteModelDeploymentMonitoringJob(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("deleteModelDeploymentMonitoringJob response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `deleteModelDeploymentMonitoringJob()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.delete_model_deployment_monitoring_job.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_DeleteModelDeploymentMonitoringJob_async
       */
      async checkDeleteModelDeploymentMonitoringJobProgress(name) {
        this._log.info("deleteModelDeploymentMonitoringJob long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.deleteModelDeploymentMonitoringJob, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      listCustomJobs(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("listCustomJobs values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("listCustomJobs request %j", request);
        return this.innerApiCalls.listCustomJobs(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("listCustomJobs values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `listCustomJobs`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the CustomJobs from.
       *   Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListCustomJobsResponse.next_page_token|ListCustomJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListCustomJobs|JobService.ListCustomJobs}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.CustomJob|CustomJob} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `listCustomJobsAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      listCustomJobsStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listCustomJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listCustomJobs stream %j", request);
        return this.descriptors.page.listCustomJobs.createStream(this.innerApiCalls.listCustomJobs, request, callSettings);
      }
      /**
       * Equivalent to `listCustomJobs`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the CustomJobs from.
       *   Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListCustomJobsResponse.next_page_token|ListCustomJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListCustomJobs|JobService.ListCustomJobs}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.CustomJob|CustomJob}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.list_custom_jobs.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_ListCustomJobs_async
       */
      listCustomJobsAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listCustomJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listCustomJobs iterate %j", request);
        return this.descriptors.page.listCustomJobs.asyncIterate(this.innerApiCalls["listCustomJobs"], request, callSettings);
      }
      listDataLabelingJobs(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("listDataLabelingJobs values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("listDataLabelingJobs request %j", request);
        return this.innerApiCalls.listDataLabelingJobs(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("listDataLabelingJobs values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `listDataLabelingJobs`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The parent of the DataLabelingJob.
       *   Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read. FieldMask represents a set of
       *   symbolic field paths. For example, the mask can be `paths: "name"`. The
       *   "name" here is a field in DataLabelingJob.
       *   If this field is not set, all fields of the DataLabelingJob are returned.
       * @param {string} request.orderBy
       *   A comma-separated list of fields to order by, sorted in ascending order by
       *   default.
       *   Use `desc` after a field name for descending.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.DataLabelingJob|DataLabelingJob} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `listDataLabelingJobsAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      listDataLabelingJobsStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listDataLabelingJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listDataLabelingJobs stream %j", request);
        return this.descriptors.page.listDataLabelingJobs.createStream(this.innerApiCalls.listDataLabelingJobs, request, callSettings);
      }
      /**
       * Equivalent to `listDataLabelingJobs`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The parent of the DataLabelingJob.
       *   Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read. FieldMask represents a set of
       *   symbolic field paths. For example, the mask can be `paths: "name"`. The
       *   "name" here is a field in DataLabelingJob.
       *   If this field is not set, all fields of the DataLabelingJob are returned.
       * @param {string} request.orderBy
       *   A comma-separated list of fields to order by, sorted in ascending order by
       *   default.
       *   Use `desc` after a field name for descending.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.DataLabelingJob|DataLabelingJob}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.list_data_labeling_jobs.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_ListDataLabelingJobs_async
       */
      listDataLabelingJobsAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listDataLabelingJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listDataLabelingJobs iterate %j", request);
        return this.descriptors.page.listDataLabelingJobs.asyncIterate(this.innerApiCalls["listDataLabelingJobs"], request, callSettings);
      }
      listHyperparameterTuningJobs(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("listHyperparameterTuningJobs values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("listHyperparameterTuningJobs request %j", request);
        return this.innerApiCalls.listHyperparameterTuningJobs(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("listHyperparameterTuningJobs values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `listHyperparameterTuningJobs`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the
       *   HyperparameterTuningJobs from. Format:
       *   `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListHyperparameterTuningJobsResponse.next_page_token|ListHyperparameterTuningJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListHyperparameterTuningJobs|JobService.ListHyperparameterTuningJobs}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.HyperparameterTuningJob|HyperparameterTuningJob} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `listHyperparameterTuningJobsAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      listHyperparameterTuningJobsStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listHyperparameterTuningJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listHyperparameterTuningJobs stream %j", request);
        return this.descriptors.page.listHyperparameterTuningJobs.createStream(this.innerApiCalls.listHyperparameterTuningJobs, request, callSettings);
      }
      /**
       * Equivalent to `listHyperparameterTuningJobs`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the
       *   HyperparameterTuningJobs from. Format:
       *   `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListHyperparameterTuningJobsResponse.next_page_token|ListHyperparameterTuningJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListHyperparameterTuningJobs|JobService.ListHyperparameterTuningJobs}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.HyperparameterTuningJob|HyperparameterTuningJob}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.list_hyperparameter_tuning_jobs.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_ListHyperparameterTuningJobs_async
       */
      listHyperparameterTuningJobsAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listHyperparameterTuningJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listHyperparameterTuningJobs iterate %j", request);
        return this.descriptors.page.listHyperparameterTuningJobs.asyncIterate(this.innerApiCalls["listHyperparameterTuningJobs"], request, callSettings);
      }
      listNasJobs(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("listNasJobs values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("listNasJobs request %j", request);
        return this.innerApiCalls.listNasJobs(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("listNasJobs values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `listNasJobs`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the NasJobs
       *   from. Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListNasJobsResponse.next_page_token|ListNasJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListNasJobs|JobService.ListNasJobs}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.NasJob|NasJob} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `listNasJobsAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      listNasJobsStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listNasJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listNasJobs stream %j", request);
        return this.descriptors.page.listNasJobs.createStream(this.innerApiCalls.listNasJobs, request, callSettings);
      }
      /**
       * Equivalent to `listNasJobs`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the NasJobs
       *   from. Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListNasJobsResponse.next_page_token|ListNasJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListNasJobs|JobService.ListNasJobs}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.NasJob|NasJob}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.list_nas_jobs.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_ListNasJobs_async
       */
      listNasJobsAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listNasJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listNasJobs iterate %j", request);
        return this.descriptors.page.listNasJobs.asyncIterate(this.innerApiCalls["listNasJobs"], request, callSettings);
      }
      listNasTrialDetails(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("listNasTrialDetails values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("listNasTrialDetails request %j", request);
        return this.innerApiCalls.listNasTrialDetails(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("listNasTrialDetails values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `listNasTrialDetails`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The name of the NasJob resource.
       *   Format:
       *   `projects/{project}/locations/{location}/nasJobs/{nas_job}`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListNasTrialDetailsResponse.next_page_token|ListNasTrialDetailsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListNasTrialDetails|JobService.ListNasTrialDetails}
       *   call.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.NasTrialDetail|NasTrialDetail} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `listNasTrialDetailsAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      listNasTrialDetailsStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listNasTrialDetails"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listNasTrialDetails stream %j", request);
        return this.descriptors.page.listNasTrialDetails.createStream(this.innerApiCalls.listNasTrialDetails, request, callSettings);
      }
      /**
       * Equivalent to `listNasTrialDetails`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The name of the NasJob resource.
       *   Format:
       *   `projects/{project}/locations/{location}/nasJobs/{nas_job}`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListNasTrialDetailsResponse.next_page_token|ListNasTrialDetailsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListNasTrialDetails|JobService.ListNasTrialDetails}
       *   call.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.NasTrialDetail|NasTrialDetail}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.list_nas_trial_details.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_ListNasTrialDetails_async
       */
      listNasTrialDetailsAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listNasTrialDetails"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listNasTrialDetails iterate %j", request);
        return this.descriptors.page.listNasTrialDetails.asyncIterate(this.innerApiCalls["listNasTrialDetails"], request, callSettings);
      }
      listBatchPredictionJobs(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("listBatchPredictionJobs values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("listBatchPredictionJobs request %j", request);
        return this.innerApiCalls.listBatchPredictionJobs(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("listBatchPredictionJobs values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `listBatchPredictionJobs`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the BatchPredictionJobs
       *   from. Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `model_display_name` supports `=`, `!=` comparisons.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListBatchPredictionJobsResponse.next_page_token|ListBatchPredictionJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListBatchPredictionJobs|JobService.ListBatchPredictionJobs}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.BatchPredictionJob|BatchPredictionJob} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `listBatchPredictionJobsAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      listBatchPredictionJobsStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listBatchPredictionJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listBatchPredictionJobs stream %j", request);
        return this.descriptors.page.listBatchPredictionJobs.createStream(this.innerApiCalls.listBatchPredictionJobs, request, callSettings);
      }
      /**
       * Equivalent to `listBatchPredictionJobs`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the BatchPredictionJobs
       *   from. Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `model_display_name` supports `=`, `!=` comparisons.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListBatchPredictionJobsResponse.next_page_token|ListBatchPredictionJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.ListBatchPredictionJobs|JobService.ListBatchPredictionJobs}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.BatchPredictionJob|BatchPredictionJob}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.list_batch_prediction_jobs.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_ListBatchPredictionJobs_async
       */
      listBatchPredictionJobsAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listBatchPredictionJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listBatchPredictionJobs iterate %j", request);
        return this.descriptors.page.listBatchPredictionJobs.asyncIterate(this.innerApiCalls["listBatchPredictionJobs"], request, callSettings);
      }
      searchModelDeploymentMonitoringStatsAnomalies(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          model_deployment_monitoring_job: request.modelDeploymentMonitoringJob ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("searchModelDeploymentMonitoringStatsAnomalies values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("searchModelDeploymentMonitoringStatsAnomalies request %j", request);
        return this.innerApiCalls.searchModelDeploymentMonitoringStatsAnomalies(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("searchModelDeploymentMonitoringStatsAnomalies values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `searchModelDeploymentMonitoringStatsAnomalies`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.modelDeploymentMonitoringJob
       *   Required. ModelDeploymentMonitoring Job resource name.
       *   Format:
       *   `projects/{project}/locations/{location}/modelDeploymentMonitoringJobs/{model_deployment_monitoring_job}`
       * @param {string} request.deployedModelId
       *   Required. The DeployedModel ID of the
       *   [ModelDeploymentMonitoringObjectiveConfig.deployed_model_id].
       * @param {string} request.featureDisplayName
       *   The feature display name. If specified, only return the stats belonging to
       *   this feature. Format:
       *   {@link protos.google.cloud.aiplatform.v1.ModelMonitoringStatsAnomalies.FeatureHistoricStatsAnomalies.feature_display_name|ModelMonitoringStatsAnomalies.FeatureHistoricStatsAnomalies.feature_display_name},
       *   example: "user_destination".
       * @param {number[]} request.objectives
       *   Required. Objectives of the stats to retrieve.
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   A page token received from a previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.SearchModelDeploymentMonitoringStatsAnomalies|JobService.SearchModelDeploymentMonitoringStatsAnomalies}
       *   call.
       * @param {google.protobuf.Timestamp} request.startTime
       *   The earliest timestamp of stats being generated.
       *   If not set, indicates fetching stats till the earliest possible one.
       * @param {google.protobuf.Timestamp} request.endTime
       *   The latest timestamp of stats being generated.
       *   If not set, indicates feching stats till the latest possible one.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.ModelMonitoringStatsAnomalies|ModelMonitoringStatsAnomalies} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `searchModelDeploymentMonitoringStatsAnomaliesAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      searchModelDeploymentMonitoringStatsAnomaliesStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          model_deployment_monitoring_job: request.modelDeploymentMonitoringJob ?? ""
        });
        const defaultCallSettings = this._defaults["searchModelDeploymentMonitoringStatsAnomalies"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("searchModelDeploymentMonitoringStatsAnomalies stream %j", request);
        return this.descriptors.page.searchModelDeploymentMonitoringStatsAnomalies.createStream(this.innerApiCalls.searchModelDeploymentMonitoringStatsAnomalies, request, callSettings);
      }
      /**
       * Equivalent to `searchModelDeploymentMonitoringStatsAnomalies`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.modelDeploymentMonitoringJob
       *   Required. ModelDeploymentMonitoring Job resource name.
       *   Format:
       *   `projects/{project}/locations/{location}/modelDeploymentMonitoringJobs/{model_deployment_monitoring_job}`
       * @param {string} request.deployedModelId
       *   Required. The DeployedModel ID of the
       *   [ModelDeploymentMonitoringObjectiveConfig.deployed_model_id].
       * @param {string} request.featureDisplayName
       *   The feature display name. If specified, only return the stats belonging to
       *   this feature. Format:
       *   {@link protos.google.cloud.aiplatform.v1.ModelMonitoringStatsAnomalies.FeatureHistoricStatsAnomalies.feature_display_name|ModelMonitoringStatsAnomalies.FeatureHistoricStatsAnomalies.feature_display_name},
       *   example: "user_destination".
       * @param {number[]} request.objectives
       *   Required. Objectives of the stats to retrieve.
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   A page token received from a previous
       *   {@link protos.google.cloud.aiplatform.v1.JobService.SearchModelDeploymentMonitoringStatsAnomalies|JobService.SearchModelDeploymentMonitoringStatsAnomalies}
       *   call.
       * @param {google.protobuf.Timestamp} request.startTime
       *   The earliest timestamp of stats being generated.
       *   If not set, indicates fetching stats till the earliest possible one.
       * @param {google.protobuf.Timestamp} request.endTime
       *   The latest timestamp of stats being generated.
       *   If not set, indicates feching stats till the latest possible one.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.ModelMonitoringStatsAnomalies|ModelMonitoringStatsAnomalies}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.search_model_deployment_monitoring_stats_anomalies.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_SearchModelDeploymentMonitoringStatsAnomalies_async
       */
      searchModelDeploymentMonitoringStatsAnomaliesAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          model_deployment_monitoring_job: request.modelDeploymentMonitoringJob ?? ""
        });
        const defaultCallSettings = this._defaults["searchModelDeploymentMonitoringStatsAnomalies"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("searchModelDeploymentMonitoringStatsAnomalies iterate %j", request);
        return this.descriptors.page.searchModelDeploymentMonitoringStatsAnomalies.asyncIterate(this.innerApiCalls["searchModelDeploymentMonitoringStatsAnomalies"], request, callSettings);
      }
      listModelDeploymentMonitoringJobs(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("listModelDeploymentMonitoringJobs values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("listModelDeploymentMonitoringJobs request %j", request);
        return this.innerApiCalls.listModelDeploymentMonitoringJobs(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("listModelDeploymentMonitoringJobs values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `listModelDeploymentMonitoringJobs`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The parent of the ModelDeploymentMonitoringJob.
       *   Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.ModelDeploymentMonitoringJob|ModelDeploymentMonitoringJob} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `listModelDeploymentMonitoringJobsAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      listModelDeploymentMonitoringJobsStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listModelDeploymentMonitoringJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listModelDeploymentMonitoringJobs stream %j", request);
        return this.descriptors.page.listModelDeploymentMonitoringJobs.createStream(this.innerApiCalls.listModelDeploymentMonitoringJobs, request, callSettings);
      }
      /**
       * Equivalent to `listModelDeploymentMonitoringJobs`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The parent of the ModelDeploymentMonitoringJob.
       *   Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="JOB_STATE_SUCCEEDED" AND display_name:"my_job_*"`
       *     * `state!="JOB_STATE_FAILED" OR display_name="my_job"`
       *     * `NOT display_name="my_job"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `labels.keyA=valueA`
       *     * `labels.keyB:*`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.ModelDeploymentMonitoringJob|ModelDeploymentMonitoringJob}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/job_service.list_model_deployment_monitoring_jobs.js</caption>
       * region_tag:aiplatform_v1_generated_JobService_ListModelDeploymentMonitoringJobs_async
       */
      listModelDeploymentMonitoringJobsAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listModelDeploymentMonitoringJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listModelDeploymentMonitoringJobs iterate %j", request);
        return this.descriptors.page.listModelDeploymentMonitoringJobs.asyncIterate(this.innerApiCalls["listModelDeploymentMonitoringJobs"], request, callSettings);
      }
      /**
       * Gets the access control policy for a resource. Returns an empty policy
       * if the resource exists and does not have a policy set.
       *
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.resource
       *   REQUIRED: The resource for which the policy is being requested.
       *   See the operation documentation for the appropriate value for this field.
       * @param {Object} [request.options]
       *   OPTIONAL: A `GetPolicyOptions` object for specifying options to
       *   `GetIamPolicy`. This field is only used by Cloud IAM.
       *
       *   This object should have the same structure as {@link google.iam.v1.GetPolicyOptions | GetPolicyOptions}.
       * @param {Object} [options]
       *   Optional parameters. You can override the default settings for this call, e.g, timeout,
       *   retries, paginations, etc. See {@link https://googleapis.github.io/gax-nodejs/interfaces/CallOptions.html | gax.CallOptions} for the details.
       * @param {function(?Error, ?Object)} [callback]
       *   The function which will be called with the result of the API call.
       *
       *   The second parameter to the callback is an object representing {@link google.iam.v1.Policy | Policy}.
       * @returns {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing {@link google.iam.v1.Policy | Policy}.
       *   The promise has a method named "cancel" which cancels the ongoing API call.
       */
      getIamPolicy(request, options, callback) {
        return this.iamClient.getIamPolicy(request, options, callback);
      }
      /**
       * Returns permissions that a caller has on the specified resource. If the
       * resource does not exist, this will return an empty set of
       * permissions, not a NOT_FOUND error.
       *
       * Note: This operation is designed to be used for building
       * permission-aware UIs and command-line tools, not for authorization
       * checking. This operation may "fail open" without warning.
       *
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.resource
       *   REQUIRED: The resource for which the policy detail is being requested.
       *   See the operation documentation for the appropriate value for this field.
       * @param {string[]} request.permissions
       *   The set of permissions to check for the `resource`. Permissions with
       *   wildcards (such as '*' or 'storage.*') are not allowed. For more
       *   information see {@link https://cloud.google.com/iam/docs/overview#permissions | IAM Overview }.
       * @param {Object} [options]
       *   Optional parameters. You can override the default settings for this call, e.g, timeout,
       *   retries, paginations, etc. See {@link https://googleapis.github.io/gax-nodejs/interfaces/CallOptions.html | gax.CallOptions} for the details.
       * @param {function(?Error, ?Object)} [callback]
       *   The function which will be called with the result of the API call.
       *
       *   The second parameter to the callback is an object representing {@link google.iam.v1.TestIamPermissionsResponse | TestIamPermissionsResponse}.
       * @returns {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing {@link google.iam.v1.TestIamPermissionsResponse | TestIamPermissionsResponse}.
       *   The promise has a method named "cancel" which cancels the ongoing API call.
       */
      setIamPolicy(request, options, callback) {
        return this.iamClient.setIamPolicy(request, options, callback);
      }
      /**
       * Returns permissions that a caller has on the specified resource. If the
       * resource does not exist, this will return an empty set of
       * permissions, not a NOT_FOUND error.
       *
       * Note: This operation is designed to be used for building
       * permission-aware UIs and command-line tools, not for authorization
       * checking. This operation may "fail open" without warning.
       *
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.resource
       *   REQUIRED: The resource for which the policy detail is being requested.
       *   See the operation documentation for the appropriate value for this field.
       * @param {string[]} request.permissions
       *   The set of permissions to check for the `resource`. Permissions with
       *   wildcards (such as '*' or 'storage.*') are not allowed. For more
       *   information see {@link https://cloud.google.com/iam/docs/overview#permissions | IAM Overview }.
       * @param {Object} [options]
       *   Optional parameters. You can override the default settings for this call, e.g, timeout,
       *   retries, paginations, etc. See {@link https://googleapis.github.io/gax-nodejs/interfaces/CallOptions.html | gax.CallOptions} for the details.
       * @param {function(?Error, ?Object)} [callback]
       *   The function which will be called with the result of the API call.
       *
       *   The second parameter to the callback is an object representing {@link google.iam.v1.TestIamPermissionsResponse | TestIamPermissionsResponse}.
       * @returns {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing {@link google.iam.v1.TestIamPermissionsResponse | TestIamPermissionsResponse}.
       *   The promise has a method named "cancel" which cancels the ongoing API call.
       *
       */
      testIamPermissions(request, options, callback) {
        return this.iamClient.testIamPermissions(request, options, callback);
      }
      /**
       * Gets information about a location.
       *
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.name
       *   Resource name for the location.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html | CallOptions} for more details.
       * @returns {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing {@link google.cloud.location.Location | Location}.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#regular-methods | documentation }
       *   for more details and examples.
       * @example
       * ```
       * const [response] = await client.getLocation(request);
       * ```
       */
      getLocation(request, options, callback) {
        return this.locationsClient.getLocation(request, options, callback);
      }
      /**
       * Lists information about the supported locations for this service. Returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.name
       *   The resource that owns the locations collection, if applicable.
       * @param {string} request.filter
       *   The standard list filter.
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link google.cloud.location.Location | Location}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example
       * ```
       * const iterable = client.listLocationsAsync(request);
       * for await (const response of iterable) {
       *   // process response
       * }
       * ```
       */
      listLocationsAsync(request, options) {
        return this.locationsClient.listLocationsAsync(request, options);
      }
      /**
       * Gets the latest state of a long-running operation.  Clients can use this
       * method to poll the operation result at intervals as recommended by the API
       * service.
       *
       * @param {Object} request - The request object that will be sent.
       * @param {string} request.name - The name of the operation resource.
       * @param {Object=} options
       *   Optional parameters. You can override the default settings for this call,
       *   e.g, timeout, retries, paginations, etc. See {@link
       *   https://googleapis.github.io/gax-nodejs/global.html#CallOptions | gax.CallOptions}
       *   for the details.
       * @param {function(?Error, ?Object)=} callback
       *   The function which will be called with the result of the API call.
       *
       *   The second parameter to the callback is an object representing
       *   {@link google.longrunning.Operation | google.longrunning.Operation}.
       * @return {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing
       * {@link google.longrunning.Operation | google.longrunning.Operation}.
       * The promise has a method named "cancel" which cancels the ongoing API call.
       *
       * @example
       * ```
       * const client = longrunning.operationsClient();
       * const name = '';
       * const [response] = await client.getOperation({name});
       * // doThingsWith(response)
       * ```
       */
      getOperation(request, optionsOrCallback, callback) {
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        return this.operationsClient.getOperation(request, options, callback);
      }
      /**
       * Lists operations that match the specified filter in the request. If the
       * server doesn't support this method, it returns `UNIMPLEMENTED`. Returns an iterable object.
       *
       * For-await-of syntax is used with the iterable to recursively get response element on-demand.
       *
       * @param {Object} request - The request object that will be sent.
       * @param {string} request.name - The name of the operation collection.
       * @param {string} request.filter - The standard list filter.
       * @param {number=} request.pageSize -
       *   The maximum number of resources contained in the underlying API
       *   response. If page streaming is performed per-resource, this
       *   parameter does not affect the return value. If page streaming is
       *   performed per-page, this determines the maximum number of
       *   resources in a page.
       * @param {Object=} options
       *   Optional parameters. You can override the default settings for this call,
       *   e.g, timeout, retries, paginations, etc. See {@link
       *   https://googleapis.github.io/gax-nodejs/global.html#CallOptions | gax.CallOptions} for the
       *   details.
       * @returns {Object}
       *   An iterable Object that conforms to {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | iteration protocols}.
       *
       * @example
       * ```
       * const client = longrunning.operationsClient();
       * for await (const response of client.listOperationsAsync(request));
       * // doThingsWith(response)
       * ```
       */
      listOperationsAsync(request, options) {
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        return this.operationsClient.listOperationsAsync(request, options);
      }
      /**
       * Starts asynchronous cancellation on a long-running operation.  The server
       * makes a best effort to cancel the operation, but success is not
       * guaranteed.  If the server doesn't support this method, it returns
       * `google.rpc.Code.UNIMPLEMENTED`.  Clients can use
       * {@link Operations.GetOperation} or
       * other methods to check whether the cancellation succeeded or whether the
       * operation completed despite cancellation. On successful cancellation,
       * the operation is not deleted; instead, it becomes an operation with
       * an {@link Operation.error} value with a {@link google.rpc.Status.code} of
       * 1, corresponding to `Code.CANCELLED`.
       *
       * @param {Object} request - The request object that will be sent.
       * @param {string} request.name - The name of the operation resource to be cancelled.
       * @param {Object=} options
       *   Optional parameters. You can override the default settings for this call,
       * e.g, timeout, retries, paginations, etc. See {@link
       * https://googleapis.github.io/gax-nodejs/global.html#CallOptions | gax.CallOptions} for the
       * details.
       * @param {function(?Error)=} callback
       *   The function which will be called with the result of the API call.
       * @return {Promise} - The promise which resolves when API call finishes.
       *   The promise has a method named "cancel" which cancels the ongoing API
       * call.
       *
       * @example
       * ```
       * const client = longrunning.operationsClient();
       * await client.cancelOperation({name: ''});
       * ```
       */
      cancelOperation(request, optionsOrCallback, callback) {
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        return this.operationsClient.cancelOperation(request, options, callback);
      }
      /**
       * Deletes a long-running operation. This method indicates that the client is
       * no longer interested in the operation result. It does not cancel the
       * operation. If the server doesn't support this method, it returns
       * `google.rpc.Code.UNIMPLEMENTED`.
       *
       * @param {Object} request - The request object that will be sent.
       * @param {string} request.name - The name of the operation resource to be deleted.
       * @param {Object=} options
       *   Optional parameters. You can override the default settings for this call,
       * e.g, timeout, retries, paginations, etc. See {@link
       * https://googleapis.github.io/gax-nodejs/global.html#CallOptions | gax.CallOptions}
       * for the details.
       * @param {function(?Error)=} callback
       *   The function which will be called with the result of the API call.
       * @return {Promise} - The promise which resolves when API call finishes.
       *   The promise has a method named "cancel" which cancels the ongoing API
       * call.
       *
       * @example
       * ```
       * const client = longrunning.operationsClient();
       * await client.deleteOperation({name: ''});
       * ```
       */
      deleteOperation(request, optionsOrCallback, callback) {
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        return this.operationsClient.deleteOperation(request, options, callback);
      }
      // --------------------
      // -- Path templates --
      // --------------------
      /**
       * Return a fully-qualified annotation resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} data_item
       * @param {string} annotation
       * @returns {string} Resource name string.
       */
      annotationPath(project, location, dataset, dataItem, annotation) {
        return this.pathTemplates.annotationPathTemplate.render({
          project,
          location,
          dataset,
          data_item: dataItem,
          annotation
        });
      }
      /**
       * Parse the project from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).project;
      }
      /**
       * Parse the location from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).location;
      }
      /**
       * Parse the dataset from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).dataset;
      }
      /**
       * Parse the data_item from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the data_item.
       */
      matchDataItemFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).data_item;
      }
      /**
       * Parse the annotation from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the annotation.
       */
      matchAnnotationFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).annotation;
      }
      /**
       * Return a fully-qualified annotationSpec resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} annotation_spec
       * @returns {string} Resource name string.
       */
      annotationSpecPath(project, location, dataset, annotationSpec) {
        return this.pathTemplates.annotationSpecPathTemplate.render({
          project,
          location,
          dataset,
          annotation_spec: annotationSpec
        });
      }
      /**
       * Parse the project from AnnotationSpec resource.
       *
       * @param {string} annotationSpecName
       *   A fully-qualified path representing AnnotationSpec resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromAnnotationSpecName(annotationSpecName) {
        return this.pathTemplates.annotationSpecPathTemplate.match(annotationSpecName).project;
      }
      /**
       * Parse the location from AnnotationSpec resource.
       *
       * @param {string} annotationSpecName
       *   A fully-qualified path representing AnnotationSpec resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromAnnotationSpecName(annotationSpecName) {
        return this.pathTemplates.annotationSpecPathTemplate.match(annotationSpecName).location;
      }
      /**
       * Parse the dataset from AnnotationSpec resource.
       *
       * @param {string} annotationSpecName
       *   A fully-qualified path representing AnnotationSpec resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromAnnotationSpecName(annotationSpecName) {
        return this.pathTemplates.annotationSpecPathTemplate.match(annotationSpecName).dataset;
      }
      /**
       * Parse the annotation_spec from AnnotationSpec resource.
       *
       * @param {string} annotationSpecName
       *   A fully-qualified path representing AnnotationSpec resource.
       * @returns {string} A string representing the annotation_spec.
       */
      matchAnnotationSpecFromAnnotationSpecName(annotationSpecName) {
        return this.pathTemplates.annotationSpecPathTemplate.match(annotationSpecName).annotation_spec;
      }
      /**
       * Return a fully-qualified artifact resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @param {string} artifact
       * @returns {string} Resource name string.
       */
      artifactPath(project, location, metadataStore, artifact) {
        return this.pathTemplates.artifactPathTemplate.render({
          project,
          location,
          metadata_store: metadataStore,
          artifact
        });
      }
      /**
       * Parse the project from Artifact resource.
       *
       * @param {string} artifactName
       *   A fully-qualified path representing Artifact resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromArtifactName(artifactName) {
        return this.pathTemplates.artifactPathTemplate.match(artifactName).project;
      }
      /**
       * Parse the location from Artifact resource.
       *
       * @param {string} artifactName
       *   A fully-qualified path representing Artifact resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromArtifactName(artifactName) {
        return this.pathTemplates.artifactPathTemplate.match(artifactName).location;
      }
      /**
       * Parse the metadata_store from Artifact resource.
       *
       * @param {string} artifactName
       *   A fully-qualified path representing Artifact resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromArtifactName(artifactName) {
        return this.pathTemplates.artifactPathTemplate.match(artifactName).metadata_store;
      }
      /**
       * Parse the artifact from Artifact resource.
       *
       * @param {string} artifactName
       *   A fully-qualified path representing Artifact resource.
       * @returns {string} A string representing the artifact.
       */
      matchArtifactFromArtifactName(artifactName) {
        return this.pathTemplates.artifactPathTemplate.match(artifactName).artifact;
      }
      /**
       * Return a fully-qualified batchPredictionJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} batch_prediction_job
       * @returns {string} Resource name string.
       */
      batchPredictionJobPath(project, location, batchPredictionJob) {
        return this.pathTemplates.batchPredictionJobPathTemplate.render({
          project,
          location,
          batch_prediction_job: batchPredictionJob
        });
      }
      /**
       * Parse the project from BatchPredictionJob resource.
       *
       * @param {string} batchPredictionJobName
       *   A fully-qualified path representing BatchPredictionJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromBatchPredictionJobName(batchPredictionJobName) {
        return this.pathTemplates.batchPredictionJobPathTemplate.match(batchPredictionJobName).project;
      }
      /**
       * Parse the location from BatchPredictionJob resource.
       *
       * @param {string} batchPredictionJobName
       *   A fully-qualified path representing BatchPredictionJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromBatchPredictionJobName(batchPredictionJobName) {
        return this.pathTemplates.batchPredictionJobPathTemplate.match(batchPredictionJobName).location;
      }
      /**
       * Parse the batch_prediction_job from BatchPredictionJob resource.
       *
       * @param {string} batchPredictionJobName
       *   A fully-qualified path representing BatchPredictionJob resource.
       * @returns {string} A string representing the batch_prediction_job.
       */
      matchBatchPredictionJobFromBatchPredictionJobName(batchPredictionJobName) {
        return this.pathTemplates.batchPredictionJobPathTemplate.match(batchPredictionJobName).batch_prediction_job;
      }
      /**
       * Return a fully-qualified cachedContent resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} cached_content
       * @returns {string} Resource name string.
       */
      cachedContentPath(project, location, cachedContent) {
        return this.pathTemplates.cachedContentPathTemplate.render({
          project,
          location,
          cached_content: cachedContent
        });
      }
      /**
       * Parse the project from CachedContent resource.
       *
       * @param {string} cachedContentName
       *   A fully-qualified path representing CachedContent resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromCachedContentName(cachedContentName) {
        return this.pathTemplates.cachedContentPathTemplate.match(cachedContentName).project;
      }
      /**
       * Parse the location from CachedContent resource.
       *
       * @param {string} cachedContentName
       *   A fully-qualified path representing CachedContent resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromCachedContentName(cachedContentName) {
        return this.pathTemplates.cachedContentPathTemplate.match(cachedContentName).location;
      }
      /**
       * Parse the cached_content from CachedContent resource.
       *
       * @param {string} cachedContentName
       *   A fully-qualified path representing CachedContent resource.
       * @returns {string} A string representing the cached_content.
       */
      matchCachedContentFromCachedContentName(cachedContentName) {
        return this.pathTemplates.cachedContentPathTemplate.match(cachedContentName).cached_content;
      }
      /**
       * Return a fully-qualified context resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @param {string} context
       * @returns {string} Resource name string.
       */
      contextPath(project, location, metadataStore, context) {
        return this.pathTemplates.contextPathTemplate.render({
          project,
          location,
          metadata_store: metadataStore,
          context
        });
      }
      /**
       * Parse the project from Context resource.
       *
       * @param {string} contextName
       *   A fully-qualified path representing Context resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromContextName(contextName) {
        return this.pathTemplates.contextPathTemplate.match(contextName).project;
      }
      /**
       * Parse the location from Context resource.
       *
       * @param {string} contextName
       *   A fully-qualified path representing Context resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromContextName(contextName) {
        return this.pathTemplates.contextPathTemplate.match(contextName).location;
      }
      /**
       * Parse the metadata_store from Context resource.
       *
       * @param {string} contextName
       *   A fully-qualified path representing Context resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromContextName(contextName) {
        return this.pathTemplates.contextPathTemplate.match(contextName).metadata_store;
      }
      /**
       * Parse the context from Context resource.
       *
       * @param {string} contextName
       *   A fully-qualified path representing Context resource.
       * @returns {string} A string representing the context.
       */
      matchContextFromContextName(contextName) {
        return this.pathTemplates.contextPathTemplate.match(contextName).context;
      }
      /**
       * Return a fully-qualified customJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} custom_job
       * @returns {string} Resource name string.
       */
      customJobPath(project, location, customJob) {
        return this.pathTemplates.customJobPathTemplate.render({
          project,
          location,
          custom_job: customJob
        });
      }
      /**
       * Parse the project from CustomJob resource.
       *
       * @param {string} customJobName
       *   A fully-qualified path representing CustomJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromCustomJobName(customJobName) {
        return this.pathTemplates.customJobPathTemplate.match(customJobName).project;
      }
      /**
       * Parse the location from CustomJob resource.
       *
       * @param {string} customJobName
       *   A fully-qualified path representing CustomJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromCustomJobName(customJobName) {
        return this.pathTemplates.customJobPathTemplate.match(customJobName).location;
      }
      /**
       * Parse the custom_job from CustomJob resource.
       *
       * @param {string} customJobName
       *   A fully-qualified path representing CustomJob resource.
       * @returns {string} A string representing the custom_job.
       */
      matchCustomJobFromCustomJobName(customJobName) {
        return this.pathTemplates.customJobPathTemplate.match(customJobName).custom_job;
      }
      /**
       * Return a fully-qualified dataItem resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} data_item
       * @returns {string} Resource name string.
       */
      dataItemPath(project, location, dataset, dataItem) {
        return this.pathTemplates.dataItemPathTemplate.render({
          project,
          location,
          dataset,
          data_item: dataItem
        });
      }
      /**
       * Parse the project from DataItem resource.
       *
       * @param {string} dataItemName
       *   A fully-qualified path representing DataItem resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDataItemName(dataItemName) {
        return this.pathTemplates.dataItemPathTemplate.match(dataItemName).project;
      }
      /**
       * Parse the location from DataItem resource.
       *
       * @param {string} dataItemName
       *   A fully-qualified path representing DataItem resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDataItemName(dataItemName) {
        return this.pathTemplates.dataItemPathTemplate.match(dataItemName).location;
      }
      /**
       * Parse the dataset from DataItem resource.
       *
       * @param {string} dataItemName
       *   A fully-qualified path representing DataItem resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromDataItemName(dataItemName) {
        return this.pathTemplates.dataItemPathTemplate.match(dataItemName).dataset;
      }
      /**
       * Parse the data_item from DataItem resource.
       *
       * @param {string} dataItemName
       *   A fully-qualified path representing DataItem resource.
       * @returns {string} A string representing the data_item.
       */
      matchDataItemFromDataItemName(dataItemName) {
        return this.pathTemplates.dataItemPathTemplate.match(dataItemName).data_item;
      }
      /**
       * Return a fully-qualified dataLabelingJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} data_labeling_job
       * @returns {string} Resource name string.
       */
      dataLabelingJobPath(project, location, dataLabelingJob) {
        return this.pathTemplates.dataLabelingJobPathTemplate.render({
          project,
          location,
          data_labeling_job: dataLabelingJob
        });
      }
      /**
       * Parse the project from DataLabelingJob resource.
       *
       * @param {string} dataLabelingJobName
       *   A fully-qualified path representing DataLabelingJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDataLabelingJobName(dataLabelingJobName) {
        return this.pathTemplates.dataLabelingJobPathTemplate.match(dataLabelingJobName).project;
      }
      /**
       * Parse the location from DataLabelingJob resource.
       *
       * @param {string} dataLabelingJobName
       *   A fully-qualified path representing DataLabelingJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDataLabelingJobName(dataLabelingJobName) {
        return this.pathTemplates.dataLabelingJobPathTemplate.match(dataLabelingJobName).location;
      }
      /**
       * Parse the data_labeling_job from DataLabelingJob resource.
       *
       * @param {string} dataLabelingJobName
       *   A fully-qualified path representing DataLabelingJob resource.
       * @returns {string} A string representing the data_labeling_job.
       */
      matchDataLabelingJobFromDataLabelingJobName(dataLabelingJobName) {
        return this.pathTemplates.dataLabelingJobPathTemplate.match(dataLabelingJobName).data_labeling_job;
      }
      /**
       * Return a fully-qualified dataset resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @returns {string} Resource name string.
       */
      datasetPath(project, location, dataset) {
        return this.pathTemplates.datasetPathTemplate.render({
          project,
          location,
          dataset
        });
      }
      /**
       * Parse the project from Dataset resource.
       *
       * @param {string} datasetName
       *   A fully-qualified path representing Dataset resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDatasetName(datasetName) {
        return this.pathTemplates.datasetPathTemplate.match(datasetName).project;
      }
      /**
       * Parse the location from Dataset resource.
       *
       * @param {string} datasetName
       *   A fully-qualified path representing Dataset resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDatasetName(datasetName) {
        return this.pathTemplates.datasetPathTemplate.match(datasetName).location;
      }
      /**
       * Parse the dataset from Dataset resource.
       *
       * @param {string} datasetName
       *   A fully-qualified path representing Dataset resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromDatasetName(datasetName) {
        return this.pathTemplates.datasetPathTemplate.match(datasetName).dataset;
      }
      /**
       * Return a fully-qualified datasetVersion resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} dataset_version
       * @returns {string} Resource name string.
       */
      datasetVersionPath(project, location, dataset, datasetVersion) {
        return this.pathTemplates.datasetVersionPathTemplate.render({
          project,
          location,
          dataset,
          dataset_version: datasetVersion
        });
      }
      /**
       * Parse the project from DatasetVersion resource.
       *
       * @param {string} datasetVersionName
       *   A fully-qualified path representing DatasetVersion resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDatasetVersionName(datasetVersionName) {
        return this.pathTemplates.datasetVersionPathTemplate.match(datasetVersionName).project;
      }
      /**
       * Parse the location from DatasetVersion resource.
       *
       * @param {string} datasetVersionName
       *   A fully-qualified path representing DatasetVersion resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDatasetVersionName(datasetVersionName) {
        return this.pathTemplates.datasetVersionPathTemplate.match(datasetVersionName).location;
      }
      /**
       * Parse the dataset from DatasetVersion resource.
       *
       * @param {string} datasetVersionName
       *   A fully-qualified path representing DatasetVersion resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromDatasetVersionName(datasetVersionName) {
        return this.pathTemplates.datasetVersionPathTemplate.match(datasetVersionName).dataset;
      }
      /**
       * Parse the dataset_version from DatasetVersion resource.
       *
       * @param {string} datasetVersionName
       *   A fully-qualified path representing DatasetVersion resource.
       * @returns {string} A string representing the dataset_version.
       */
      matchDatasetVersionFromDatasetVersionName(datasetVersionName) {
        return this.pathTemplates.datasetVersionPathTemplate.match(datasetVersionName).dataset_version;
      }
      /**
       * Return a fully-qualified deploymentResourcePool resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} deployment_resource_pool
       * @returns {string} Resource name string.
       */
      deploymentResourcePoolPath(project, location, deploymentResourcePool) {
        return this.pathTemplates.deploymentResourcePoolPathTemplate.render({
          project,
          location,
          deployment_resource_pool: deploymentResourcePool
        });
      }
      /**
       * Parse the project from DeploymentResourcePool resource.
       *
       * @param {string} deploymentResourcePoolName
       *   A fully-qualified path representing DeploymentResourcePool resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDeploymentResourcePoolName(deploymentResourcePoolName) {
        return this.pathTemplates.deploymentResourcePoolPathTemplate.match(deploymentResourcePoolName).project;
      }
      /**
       * Parse the location from DeploymentResourcePool resource.
       *
       * @param {string} deploymentResourcePoolName
       *   A fully-qualified path representing DeploymentResourcePool resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDeploymentResourcePoolName(deploymentResourcePoolName) {
        return this.pathTemplates.deploymentResourcePoolPathTemplate.match(deploymentResourcePoolName).location;
      }
      /**
       * Parse the deployment_resource_pool from DeploymentResourcePool resource.
       *
       * @param {string} deploymentResourcePoolName
       *   A fully-qualified path representing DeploymentResourcePool resource.
       * @returns {string} A string representing the deployment_resource_pool.
       */
      matchDeploymentResourcePoolFromDeploymentResourcePoolName(deploymentResourcePoolName) {
        return this.pathTemplates.deploymentResourcePoolPathTemplate.match(deploymentResourcePoolName).deployment_resource_pool;
      }
      /**
       * Return a fully-qualified entityType resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} featurestore
       * @param {string} entity_type
       * @returns {string} Resource name string.
       */
      entityTypePath(project, location, featurestore, entityType) {
        return this.pathTemplates.entityTypePathTemplate.render({
          project,
          location,
          featurestore,
          entity_type: entityType
        });
      }
      /**
       * Parse the project from EntityType resource.
       *
       * @param {string} entityTypeName
       *   A fully-qualified path representing EntityType resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromEntityTypeName(entityTypeName) {
        return this.pathTemplates.entityTypePathTemplate.match(entityTypeName).project;
      }
      /**
       * Parse the location from EntityType resource.
       *
       * @param {string} entityTypeName
       *   A fully-qualified path representing EntityType resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromEntityTypeName(entityTypeName) {
        return this.pathTemplates.entityTypePathTemplate.match(entityTypeName).location;
      }
      /**
       * Parse the featurestore from EntityType resource.
       *
       * @param {string} entityTypeName
       *   A fully-qualified path representing EntityType resource.
       * @returns {string} A string representing the featurestore.
       */
      matchFeaturestoreFromEntityTypeName(entityTypeName) {
        return this.pathTemplates.entityTypePathTemplate.match(entityTypeName).featurestore;
      }
      /**
       * Parse the entity_type from EntityType resource.
       *
       * @param {string} entityTypeName
       *   A fully-qualified path representing EntityType resource.
       * @returns {string} A string representing the entity_type.
       */
      matchEntityTypeFromEntityTypeName(entityTypeName) {
        return this.pathTemplates.entityTypePathTemplate.match(entityTypeName).entity_type;
      }
      /**
       * Return a fully-qualified execution resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @param {string} execution
       * @returns {string} Resource name string.
       */
      executionPath(project, location, metadataStore, execution) {
        return this.pathTemplates.executionPathTemplate.render({
          project,
          location,
          metadata_store: metadataStore,
          execution
        });
      }
      /**
       * Parse the project from Execution resource.
       *
       * @param {string} executionName
       *   A fully-qualified path representing Execution resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromExecutionName(executionName) {
        return this.pathTemplates.executionPathTemplate.match(executionName).project;
      }
      /**
       * Parse the location from Execution resource.
       *
       * @param {string} executionName
       *   A fully-qualified path representing Execution resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromExecutionName(executionName) {
        return this.pathTemplates.executionPathTemplate.match(executionName).location;
      }
      /**
       * Parse the metadata_store from Execution resource.
       *
       * @param {string} executionName
       *   A fully-qualified path representing Execution resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromExecutionName(executionName) {
        return this.pathTemplates.executionPathTemplate.match(executionName).metadata_store;
      }
      /**
       * Parse the execution from Execution resource.
       *
       * @param {string} executionName
       *   A fully-qualified path representing Execution resource.
       * @returns {string} A string representing the execution.
       */
      matchExecutionFromExecutionName(executionName) {
        return this.pathTemplates.executionPathTemplate.match(executionName).execution;
      }
      /**
       * Return a fully-qualified featureGroup resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_group
       * @returns {string} Resource name string.
       */
      featureGroupPath(project, location, featureGroup) {
        return this.pathTemplates.featureGroupPathTemplate.render({
          project,
          location,
          feature_group: featureGroup
        });
      }
      /**
       * Parse the project from FeatureGroup resource.
       *
       * @param {string} featureGroupName
       *   A fully-qualified path representing FeatureGroup resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeatureGroupName(featureGroupName) {
        return this.pathTemplates.featureGroupPathTemplate.match(featureGroupName).project;
      }
      /**
       * Parse the location from FeatureGroup resource.
       *
       * @param {string} featureGroupName
       *   A fully-qualified path representing FeatureGroup resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeatureGroupName(featureGroupName) {
        return this.pathTemplates.featureGroupPathTemplate.match(featureGroupName).location;
      }
      /**
       * Parse the feature_group from FeatureGroup resource.
       *
       * @param {string} featureGroupName
       *   A fully-qualified path representing FeatureGroup resource.
       * @returns {string} A string representing the feature_group.
       */
      matchFeatureGroupFromFeatureGroupName(featureGroupName) {
        return this.pathTemplates.featureGroupPathTemplate.match(featureGroupName).feature_group;
      }
      /**
       * Return a fully-qualified featureOnlineStore resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_online_store
       * @returns {string} Resource name string.
       */
      featureOnlineStorePath(project, location, featureOnlineStore) {
        return this.pathTemplates.featureOnlineStorePathTemplate.render({
          project,
          location,
          feature_online_store: featureOnlineStore
        });
      }
      /**
       * Parse the project from FeatureOnlineStore resource.
       *
       * @param {string} featureOnlineStoreName
       *   A fully-qualified path representing FeatureOnlineStore resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeatureOnlineStoreName(featureOnlineStoreName) {
        return this.pathTemplates.featureOnlineStorePathTemplate.match(featureOnlineStoreName).project;
      }
      /**
       * Parse the location from FeatureOnlineStore resource.
       *
       * @param {string} featureOnlineStoreName
       *   A fully-qualified path representing FeatureOnlineStore resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeatureOnlineStoreName(featureOnlineStoreName) {
        return this.pathTemplates.featureOnlineStorePathTemplate.match(featureOnlineStoreName).location;
      }
      /**
       * Parse the feature_online_store from FeatureOnlineStore resource.
       *
       * @param {string} featureOnlineStoreName
       *   A fully-qualified path representing FeatureOnlineStore resource.
       * @returns {string} A string representing the feature_online_store.
       */
      matchFeatureOnlineStoreFromFeatureOnlineStoreName(featureOnlineStoreName) {
        return this.pathTemplates.featureOnlineStorePathTemplate.match(featureOnlineStoreName).feature_online_store;
      }
      /**
       * Return a fully-qualified featureView resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_online_store
       * @param {string} feature_view
       * @returns {string} Resource name string.
       */
      featureViewPath(project, location, featureOnlineStore, featureView) {
        return this.pathTemplates.featureViewPathTemplate.render({
          project,
          location,
          feature_online_store: featureOnlineStore,
          feature_view: featureView
        });
      }
      /**
       * Parse the project from FeatureView resource.
       *
       * @param {string} featureViewName
       *   A fully-qualified path representing FeatureView resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeatureViewName(featureViewName) {
        return this.pathTemplates.featureViewPathTemplate.match(featureViewName).project;
      }
      /**
       * Parse the location from FeatureView resource.
       *
       * @param {string} featureViewName
       *   A fully-qualified path representing FeatureView resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeatureViewName(featureViewName) {
        return this.pathTemplates.featureViewPathTemplate.match(featureViewName).location;
      }
      /**
       * Parse the feature_online_store from FeatureView resource.
       *
       * @param {string} featureViewName
       *   A fully-qualified path representing FeatureView resource.
       * @returns {string} A string representing the feature_online_store.
       */
      matchFeatureOnlineStoreFromFeatureViewName(featureViewName) {
        return this.pathTemplates.featureViewPathTemplate.match(featureViewName).feature_online_store;
      }
      /**
       * Parse the feature_view from FeatureView resource.
       *
       * @param {string} featureViewName
       *   A fully-qualified path representing FeatureView resource.
       * @returns {string} A string representing the feature_view.
       */
      matchFeatureViewFromFeatureViewName(featureViewName) {
        return this.pathTemplates.featureViewPathTemplate.match(featureViewName).feature_view;
      }
      /**
       * Return a fully-qualified featureViewSync resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_online_store
       * @param {string} feature_view
       * @returns {string} Resource name string.
       */
      featureViewSyncPath(project, location, featureOnlineStore, featureView) {
        return this.pathTemplates.featureViewSyncPathTemplate.render({
          project,
          location,
          feature_online_store: featureOnlineStore,
          feature_view: featureView
        });
      }
      /**
       * Parse the project from FeatureViewSync resource.
       *
       * @param {string} featureViewSyncName
       *   A fully-qualified path representing FeatureViewSync resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeatureViewSyncName(featureViewSyncName) {
        return this.pathTemplates.featureViewSyncPathTemplate.match(featureViewSyncName).project;
      }
      /**
       * Parse the location from FeatureViewSync resource.
       *
       * @param {string} featureViewSyncName
       *   A fully-qualified path representing FeatureViewSync resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeatureViewSyncName(featureViewSyncName) {
        return this.pathTemplates.featureViewSyncPathTemplate.match(featureViewSyncName).location;
      }
      /**
       * Parse the feature_online_store from FeatureViewSync resource.
       *
       * @param {string} featureViewSyncName
       *   A fully-qualified path representing FeatureViewSync resource.
       * @returns {string} A string representing the feature_online_store.
       */
      matchFeatureOnlineStoreFromFeatureViewSyncName(featureViewSyncName) {
        return this.pathTemplates.featureViewSyncPathTemplate.match(featureViewSyncName).feature_online_store;
      }
      /**
       * Parse the feature_view from FeatureViewSync resource.
       *
       * @param {string} featureViewSyncName
       *   A fully-qualified path representing FeatureViewSync resource.
       * @returns {string} A string representing the feature_view.
       */
      matchFeatureViewFromFeatureViewSyncName(featureViewSyncName) {
        return this.pathTemplates.featureViewSyncPathTemplate.match(featureViewSyncName).feature_view;
      }
      /**
       * Return a fully-qualified featurestore resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} featurestore
       * @returns {string} Resource name string.
       */
      featurestorePath(project, location, featurestore) {
        return this.pathTemplates.featurestorePathTemplate.render({
          project,
          location,
          featurestore
        });
      }
      /**
       * Parse the project from Featurestore resource.
       *
       * @param {string} featurestoreName
       *   A fully-qualified path representing Featurestore resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeaturestoreName(featurestoreName) {
        return this.pathTemplates.featurestorePathTemplate.match(featurestoreName).project;
      }
      /**
       * Parse the location from Featurestore resource.
       *
       * @param {string} featurestoreName
       *   A fully-qualified path representing Featurestore resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeaturestoreName(featurestoreName) {
        return this.pathTemplates.featurestorePathTemplate.match(featurestoreName).location;
      }
      /**
       * Parse the featurestore from Featurestore resource.
       *
       * @param {string} featurestoreName
       *   A fully-qualified path representing Featurestore resource.
       * @returns {string} A string representing the featurestore.
       */
      matchFeaturestoreFromFeaturestoreName(featurestoreName) {
        return this.pathTemplates.featurestorePathTemplate.match(featurestoreName).featurestore;
      }
      /**
       * Return a fully-qualified hyperparameterTuningJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} hyperparameter_tuning_job
       * @returns {string} Resource name string.
       */
      hyperparameterTuningJobPath(project, location, hyperparameterTuningJob) {
        return this.pathTemplates.hyperparameterTuningJobPathTemplate.render({
          project,
          location,
          hyperparameter_tuning_job: hyperparameterTuningJob
        });
      }
      /**
       * Parse the project from HyperparameterTuningJob resource.
       *
       * @param {string} hyperparameterTuningJobName
       *   A fully-qualified path representing HyperparameterTuningJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromHyperparameterTuningJobName(hyperparameterTuningJobName) {
        return this.pathTemplates.hyperparameterTuningJobPathTemplate.match(hyperparameterTuningJobName).project;
      }
      /**
       * Parse the location from HyperparameterTuningJob resource.
       *
       * @param {string} hyperparameterTuningJobName
       *   A fully-qualified path representing HyperparameterTuningJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromHyperparameterTuningJobName(hyperparameterTuningJobName) {
        return this.pathTemplates.hyperparameterTuningJobPathTemplate.match(hyperparameterTuningJobName).location;
      }
      /**
       * Parse the hyperparameter_tuning_job from HyperparameterTuningJob resource.
       *
       * @param {string} hyperparameterTuningJobName
       *   A fully-qualified path representing HyperparameterTuningJob resource.
       * @returns {string} A string representing the hyperparameter_tuning_job.
       */
      matchHyperparameterTuningJobFromHyperparameterTuningJobName(hyperparameterTuningJobName) {
        return this.pathTemplates.hyperparameterTuningJobPathTemplate.match(hyperparameterTuningJobName).hyperparameter_tuning_job;
      }
      /**
       * Return a fully-qualified index resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} index
       * @returns {string} Resource name string.
       */
      indexPath(project, location, index) {
        return this.pathTemplates.indexPathTemplate.render({
          project,
          location,
          index
        });
      }
      /**
       * Parse the project from Index resource.
       *
       * @param {string} indexName
       *   A fully-qualified path representing Index resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromIndexName(indexName) {
        return this.pathTemplates.indexPathTemplate.match(indexName).project;
      }
      /**
       * Parse the location from Index resource.
       *
       * @param {string} indexName
       *   A fully-qualified path representing Index resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromIndexName(indexName) {
        return this.pathTemplates.indexPathTemplate.match(indexName).location;
      }
      /**
       * Parse the index from Index resource.
       *
       * @param {string} indexName
       *   A fully-qualified path representing Index resource.
       * @returns {string} A string representing the index.
       */
      matchIndexFromIndexName(indexName) {
        return this.pathTemplates.indexPathTemplate.match(indexName).index;
      }
      /**
       * Return a fully-qualified indexEndpoint resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} index_endpoint
       * @returns {string} Resource name string.
       */
      indexEndpointPath(project, location, indexEndpoint) {
        return this.pathTemplates.indexEndpointPathTemplate.render({
          project,
          location,
          index_endpoint: indexEndpoint
        });
      }
      /**
       * Parse the project from IndexEndpoint resource.
       *
       * @param {string} indexEndpointName
       *   A fully-qualified path representing IndexEndpoint resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromIndexEndpointName(indexEndpointName) {
        return this.pathTemplates.indexEndpointPathTemplate.match(indexEndpointName).project;
      }
      /**
       * Parse the location from IndexEndpoint resource.
       *
       * @param {string} indexEndpointName
       *   A fully-qualified path representing IndexEndpoint resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromIndexEndpointName(indexEndpointName) {
        return this.pathTemplates.indexEndpointPathTemplate.match(indexEndpointName).location;
      }
      /**
       * Parse the index_endpoint from IndexEndpoint resource.
       *
       * @param {string} indexEndpointName
       *   A fully-qualified path representing IndexEndpoint resource.
       * @returns {string} A string representing the index_endpoint.
       */
      matchIndexEndpointFromIndexEndpointName(indexEndpointName) {
        return this.pathTemplates.indexEndpointPathTemplate.match(indexEndpointName).index_endpoint;
      }
      /**
       * Return a fully-qualified location resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @returns {string} Resource name string.
       */
      locationPath(project, location) {
        return this.pathTemplates.locationPathTemplate.render({
          project,
          location
        });
      }
      /**
       * Parse the project from Location resource.
       *
       * @param {string} locationName
       *   A fully-qualified path representing Location resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromLocationName(locationName) {
        return this.pathTemplates.locationPathTemplate.match(locationName).project;
      }
      /**
       * Parse the location from Location resource.
       *
       * @param {string} locationName
       *   A fully-qualified path representing Location resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromLocationName(locationName) {
        return this.pathTemplates.locationPathTemplate.match(locationName).location;
      }
      /**
       * Return a fully-qualified metadataSchema resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @param {string} metadata_schema
       * @returns {string} Resource name string.
       */
      metadataSchemaPath(project, location, metadataStore, metadataSchema) {
        return this.pathTemplates.metadataSchemaPathTemplate.render({
          project,
          location,
          metadata_store: metadataStore,
          metadata_schema: metadataSchema
        });
      }
      /**
       * Parse the project from MetadataSchema resource.
       *
       * @param {string} metadataSchemaName
       *   A fully-qualified path representing MetadataSchema resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromMetadataSchemaName(metadataSchemaName) {
        return this.pathTemplates.metadataSchemaPathTemplate.match(metadataSchemaName).project;
      }
      /**
       * Parse the location from MetadataSchema resource.
       *
       * @param {string} metadataSchemaName
       *   A fully-qualified path representing MetadataSchema resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromMetadataSchemaName(metadataSchemaName) {
        return this.pathTemplates.metadataSchemaPathTemplate.match(metadataSchemaName).location;
      }
      /**
       * Parse the metadata_store from MetadataSchema resource.
       *
       * @param {string} metadataSchemaName
       *   A fully-qualified path representing MetadataSchema resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromMetadataSchemaName(metadataSchemaName) {
        return this.pathTemplates.metadataSchemaPathTemplate.match(metadataSchemaName).metadata_store;
      }
      /**
       * Parse the metadata_schema from MetadataSchema resource.
       *
       * @param {string} metadataSchemaName
       *   A fully-qualified path representing MetadataSchema resource.
       * @returns {string} A string representing the metadata_schema.
       */
      matchMetadataSchemaFromMetadataSchemaName(metadataSchemaName) {
        return this.pathTemplates.metadataSchemaPathTemplate.match(metadataSchemaName).metadata_schema;
      }
      /**
       * Return a fully-qualified metadataStore resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @returns {string} Resource name string.
       */
      metadataStorePath(project, location, metadataStore) {
        return this.pathTemplates.metadataStorePathTemplate.render({
          project,
          location,
          metadata_store: metadataStore
        });
      }
      /**
       * Parse the project from MetadataStore resource.
       *
       * @param {string} metadataStoreName
       *   A fully-qualified path representing MetadataStore resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromMetadataStoreName(metadataStoreName) {
        return this.pathTemplates.metadataStorePathTemplate.match(metadataStoreName).project;
      }
      /**
       * Parse the location from MetadataStore resource.
       *
       * @param {string} metadataStoreName
       *   A fully-qualified path representing MetadataStore resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromMetadataStoreName(metadataStoreName) {
        return this.pathTemplates.metadataStorePathTemplate.match(metadataStoreName).location;
      }
      /**
       * Parse the metadata_store from MetadataStore resource.
       *
       * @param {string} metadataStoreName
       *   A fully-qualified path representing MetadataStore resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromMetadataStoreName(metadataStoreName) {
        return this.pathTemplates.metadataStorePathTemplate.match(metadataStoreName).metadata_store;
      }
      /**
       * Return a fully-qualified model resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} model
       * @returns {string} Resource name string.
       */
      modelPath(project, location, model) {
        return this.pathTemplates.modelPathTemplate.render({
          project,
          location,
          model
        });
      }
      /**
       * Parse the project from Model resource.
       *
       * @param {string} modelName
       *   A fully-qualified path representing Model resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromModelName(modelName) {
        return this.pathTemplates.modelPathTemplate.match(modelName).project;
      }
      /**
       * Parse the location from Model resource.
       *
       * @param {string} modelName
       *   A fully-qualified path representing Model resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromModelName(modelName) {
        return this.pathTemplates.modelPathTemplate.match(modelName).location;
      }
      /**
       * Parse the model from Model resource.
       *
       * @param {string} modelName
       *   A fully-qualified path representing Model resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromModelName(modelName) {
        return this.pathTemplates.modelPathTemplate.match(modelName).model;
      }
      /**
       * Return a fully-qualified modelDeploymentMonitoringJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} model_deployment_monitoring_job
       * @returns {string} Resource name string.
       */
      modelDeploymentMonitoringJobPath(project, location, modelDeploymentMonitoringJob) {
        return this.pathTemplates.modelDeploymentMonitoringJobPathTemplate.render({
          project,
          location,
          model_deployment_monitoring_job: modelDeploymentMonitoringJob
        });
      }
      /**
       * Parse the project from ModelDeploymentMonitoringJob resource.
       *
       * @param {string} modelDeploymentMonitoringJobName
       *   A fully-qualified path representing ModelDeploymentMonitoringJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromModelDeploymentMonitoringJobName(modelDeploymentMonitoringJobName) {
        return this.pathTemplates.modelDeploymentMonitoringJobPathTemplate.match(modelDeploymentMonitoringJobName).project;
      }
      /**
       * Parse the location from ModelDeploymentMonitoringJob resource.
       *
       * @param {string} modelDeploymentMonitoringJobName
       *   A fully-qualified path representing ModelDeploymentMonitoringJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromModelDeploymentMonitoringJobName(modelDeploymentMonitoringJobName) {
        return this.pathTemplates.modelDeploymentMonitoringJobPathTemplate.match(modelDeploymentMonitoringJobName).location;
      }
      /**
       * Parse the model_deployment_monitoring_job from ModelDeploymentMonitoringJob resource.
       *
       * @param {string} modelDeploymentMonitoringJobName
       *   A fully-qualified path representing ModelDeploymentMonitoringJob resource.
       * @returns {string} A string representing the model_deployment_monitoring_job.
       */
      matchModelDeploymentMonitoringJobFromModelDeploymentMonitoringJobName(modelDeploymentMonitoringJobName) {
        return this.pathTemplates.modelDeploymentMonitoringJobPathTemplate.match(modelDeploymentMonitoringJobName).model_deployment_monitoring_job;
      }
      /**
       * Return a fully-qualified modelEvaluation resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} model
       * @param {string} evaluation
       * @returns {string} Resource name string.
       */
      modelEvaluationPath(project, location, model, evaluation) {
        return this.pathTemplates.modelEvaluationPathTemplate.render({
          project,
          location,
          model,
          evaluation
        });
      }
      /**
       * Parse the project from ModelEvaluation resource.
       *
       * @param {string} modelEvaluationName
       *   A fully-qualified path representing ModelEvaluation resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromModelEvaluationName(modelEvaluationName) {
        return this.pathTemplates.modelEvaluationPathTemplate.match(modelEvaluationName).project;
      }
      /**
       * Parse the location from ModelEvaluation resource.
       *
       * @param {string} modelEvaluationName
       *   A fully-qualified path representing ModelEvaluation resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromModelEvaluationName(modelEvaluationName) {
        return this.pathTemplates.modelEvaluationPathTemplate.match(modelEvaluationName).location;
      }
      /**
       * Parse the model from ModelEvaluation resource.
       *
       * @param {string} modelEvaluationName
       *   A fully-qualified path representing ModelEvaluation resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromModelEvaluationName(modelEvaluationName) {
        return this.pathTemplates.modelEvaluationPathTemplate.match(modelEvaluationName).model;
      }
      /**
       * Parse the evaluation from ModelEvaluation resource.
       *
       * @param {string} modelEvaluationName
       *   A fully-qualified path representing ModelEvaluation resource.
       * @returns {string} A string representing the evaluation.
       */
      matchEvaluationFromModelEvaluationName(modelEvaluationName) {
        return this.pathTemplates.modelEvaluationPathTemplate.match(modelEvaluationName).evaluation;
      }
      /**
       * Return a fully-qualified modelEvaluationSlice resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} model
       * @param {string} evaluation
       * @param {string} slice
       * @returns {string} Resource name string.
       */
      modelEvaluationSlicePath(project, location, model, evaluation, slice) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.render({
          project,
          location,
          model,
          evaluation,
          slice
        });
      }
      /**
       * Parse the project from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).project;
      }
      /**
       * Parse the location from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).location;
      }
      /**
       * Parse the model from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).model;
      }
      /**
       * Parse the evaluation from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the evaluation.
       */
      matchEvaluationFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).evaluation;
      }
      /**
       * Parse the slice from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the slice.
       */
      matchSliceFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).slice;
      }
      /**
       * Return a fully-qualified nasJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} nas_job
       * @returns {string} Resource name string.
       */
      nasJobPath(project, location, nasJob) {
        return this.pathTemplates.nasJobPathTemplate.render({
          project,
          location,
          nas_job: nasJob
        });
      }
      /**
       * Parse the project from NasJob resource.
       *
       * @param {string} nasJobName
       *   A fully-qualified path representing NasJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNasJobName(nasJobName) {
        return this.pathTemplates.nasJobPathTemplate.match(nasJobName).project;
      }
      /**
       * Parse the location from NasJob resource.
       *
       * @param {string} nasJobName
       *   A fully-qualified path representing NasJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNasJobName(nasJobName) {
        return this.pathTemplates.nasJobPathTemplate.match(nasJobName).location;
      }
      /**
       * Parse the nas_job from NasJob resource.
       *
       * @param {string} nasJobName
       *   A fully-qualified path representing NasJob resource.
       * @returns {string} A string representing the nas_job.
       */
      matchNasJobFromNasJobName(nasJobName) {
        return this.pathTemplates.nasJobPathTemplate.match(nasJobName).nas_job;
      }
      /**
       * Return a fully-qualified nasTrialDetail resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} nas_job
       * @param {string} nas_trial_detail
       * @returns {string} Resource name string.
       */
      nasTrialDetailPath(project, location, nasJob, nasTrialDetail) {
        return this.pathTemplates.nasTrialDetailPathTemplate.render({
          project,
          location,
          nas_job: nasJob,
          nas_trial_detail: nasTrialDetail
        });
      }
      /**
       * Parse the project from NasTrialDetail resource.
       *
       * @param {string} nasTrialDetailName
       *   A fully-qualified path representing NasTrialDetail resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNasTrialDetailName(nasTrialDetailName) {
        return this.pathTemplates.nasTrialDetailPathTemplate.match(nasTrialDetailName).project;
      }
      /**
       * Parse the location from NasTrialDetail resource.
       *
       * @param {string} nasTrialDetailName
       *   A fully-qualified path representing NasTrialDetail resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNasTrialDetailName(nasTrialDetailName) {
        return this.pathTemplates.nasTrialDetailPathTemplate.match(nasTrialDetailName).location;
      }
      /**
       * Parse the nas_job from NasTrialDetail resource.
       *
       * @param {string} nasTrialDetailName
       *   A fully-qualified path representing NasTrialDetail resource.
       * @returns {string} A string representing the nas_job.
       */
      matchNasJobFromNasTrialDetailName(nasTrialDetailName) {
        return this.pathTemplates.nasTrialDetailPathTemplate.match(nasTrialDetailName).nas_job;
      }
      /**
       * Parse the nas_trial_detail from NasTrialDetail resource.
       *
       * @param {string} nasTrialDetailName
       *   A fully-qualified path representing NasTrialDetail resource.
       * @returns {string} A string representing the nas_trial_detail.
       */
      matchNasTrialDetailFromNasTrialDetailName(nasTrialDetailName) {
        return this.pathTemplates.nasTrialDetailPathTemplate.match(nasTrialDetailName).nas_trial_detail;
      }
      /**
       * Return a fully-qualified notebookExecutionJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} notebook_execution_job
       * @returns {string} Resource name string.
       */
      notebookExecutionJobPath(project, location, notebookExecutionJob) {
        return this.pathTemplates.notebookExecutionJobPathTemplate.render({
          project,
          location,
          notebook_execution_job: notebookExecutionJob
        });
      }
      /**
       * Parse the project from NotebookExecutionJob resource.
       *
       * @param {string} notebookExecutionJobName
       *   A fully-qualified path representing NotebookExecutionJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNotebookExecutionJobName(notebookExecutionJobName) {
        return this.pathTemplates.notebookExecutionJobPathTemplate.match(notebookExecutionJobName).project;
      }
      /**
       * Parse the location from NotebookExecutionJob resource.
       *
       * @param {string} notebookExecutionJobName
       *   A fully-qualified path representing NotebookExecutionJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNotebookExecutionJobName(notebookExecutionJobName) {
        return this.pathTemplates.notebookExecutionJobPathTemplate.match(notebookExecutionJobName).location;
      }
      /**
       * Parse the notebook_execution_job from NotebookExecutionJob resource.
       *
       * @param {string} notebookExecutionJobName
       *   A fully-qualified path representing NotebookExecutionJob resource.
       * @returns {string} A string representing the notebook_execution_job.
       */
      matchNotebookExecutionJobFromNotebookExecutionJobName(notebookExecutionJobName) {
        return this.pathTemplates.notebookExecutionJobPathTemplate.match(notebookExecutionJobName).notebook_execution_job;
      }
      /**
       * Return a fully-qualified notebookRuntime resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} notebook_runtime
       * @returns {string} Resource name string.
       */
      notebookRuntimePath(project, location, notebookRuntime) {
        return this.pathTemplates.notebookRuntimePathTemplate.render({
          project,
          location,
          notebook_runtime: notebookRuntime
        });
      }
      /**
       * Parse the project from NotebookRuntime resource.
       *
       * @param {string} notebookRuntimeName
       *   A fully-qualified path representing NotebookRuntime resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNotebookRuntimeName(notebookRuntimeName) {
        return this.pathTemplates.notebookRuntimePathTemplate.match(notebookRuntimeName).project;
      }
      /**
       * Parse the location from NotebookRuntime resource.
       *
       * @param {string} notebookRuntimeName
       *   A fully-qualified path representing NotebookRuntime resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNotebookRuntimeName(notebookRuntimeName) {
        return this.pathTemplates.notebookRuntimePathTemplate.match(notebookRuntimeName).location;
      }
      /**
       * Parse the notebook_runtime from NotebookRuntime resource.
       *
       * @param {string} notebookRuntimeName
       *   A fully-qualified path representing NotebookRuntime resource.
       * @returns {string} A string representing the notebook_runtime.
       */
      matchNotebookRuntimeFromNotebookRuntimeName(notebookRuntimeName) {
        return this.pathTemplates.notebookRuntimePathTemplate.match(notebookRuntimeName).notebook_runtime;
      }
      /**
       * Return a fully-qualified notebookRuntimeTemplate resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} notebook_runtime_template
       * @returns {string} Resource name string.
       */
      notebookRuntimeTemplatePath(project, location, notebookRuntimeTemplate) {
        return this.pathTemplates.notebookRuntimeTemplatePathTemplate.render({
          project,
          location,
          notebook_runtime_template: notebookRuntimeTemplate
        });
      }
      /**
       * Parse the project from NotebookRuntimeTemplate resource.
       *
       * @param {string} notebookRuntimeTemplateName
       *   A fully-qualified path representing NotebookRuntimeTemplate resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNotebookRuntimeTemplateName(notebookRuntimeTemplateName) {
        return this.pathTemplates.notebookRuntimeTemplatePathTemplate.match(notebookRuntimeTemplateName).project;
      }
      /**
       * Parse the location from NotebookRuntimeTemplate resource.
       *
       * @param {string} notebookRuntimeTemplateName
       *   A fully-qualified path representing NotebookRuntimeTemplate resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNotebookRuntimeTemplateName(notebookRuntimeTemplateName) {
        return this.pathTemplates.notebookRuntimeTemplatePathTemplate.match(notebookRuntimeTemplateName).location;
      }
      /**
       * Parse the notebook_runtime_template from NotebookRuntimeTemplate resource.
       *
       * @param {string} notebookRuntimeTemplateName
       *   A fully-qualified path representing NotebookRuntimeTemplate resource.
       * @returns {string} A string representing the notebook_runtime_template.
       */
      matchNotebookRuntimeTemplateFromNotebookRuntimeTemplateName(notebookRuntimeTemplateName) {
        return this.pathTemplates.notebookRuntimeTemplatePathTemplate.match(notebookRuntimeTemplateName).notebook_runtime_template;
      }
      /**
       * Return a fully-qualified persistentResource resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} persistent_resource
       * @returns {string} Resource name string.
       */
      persistentResourcePath(project, location, persistentResource) {
        return this.pathTemplates.persistentResourcePathTemplate.render({
          project,
          location,
          persistent_resource: persistentResource
        });
      }
      /**
       * Parse the project from PersistentResource resource.
       *
       * @param {string} persistentResourceName
       *   A fully-qualified path representing PersistentResource resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromPersistentResourceName(persistentResourceName) {
        return this.pathTemplates.persistentResourcePathTemplate.match(persistentResourceName).project;
      }
      /**
       * Parse the location from PersistentResource resource.
       *
       * @param {string} persistentResourceName
       *   A fully-qualified path representing PersistentResource resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromPersistentResourceName(persistentResourceName) {
        return this.pathTemplates.persistentResourcePathTemplate.match(persistentResourceName).location;
      }
      /**
       * Parse the persistent_resource from PersistentResource resource.
       *
       * @param {string} persistentResourceName
       *   A fully-qualified path representing PersistentResource resource.
       * @returns {string} A string representing the persistent_resource.
       */
      matchPersistentResourceFromPersistentResourceName(persistentResourceName) {
        return this.pathTemplates.persistentResourcePathTemplate.match(persistentResourceName).persistent_resource;
      }
      /**
       * Return a fully-qualified pipelineJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} pipeline_job
       * @returns {string} Resource name string.
       */
      pipelineJobPath(project, location, pipelineJob) {
        return this.pathTemplates.pipelineJobPathTemplate.render({
          project,
          location,
          pipeline_job: pipelineJob
        });
      }
      /**
       * Parse the project from PipelineJob resource.
       *
       * @param {string} pipelineJobName
       *   A fully-qualified path representing PipelineJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromPipelineJobName(pipelineJobName) {
        return this.pathTemplates.pipelineJobPathTemplate.match(pipelineJobName).project;
      }
      /**
       * Parse the location from PipelineJob resource.
       *
       * @param {string} pipelineJobName
       *   A fully-qualified path representing PipelineJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromPipelineJobName(pipelineJobName) {
        return this.pathTemplates.pipelineJobPathTemplate.match(pipelineJobName).location;
      }
      /**
       * Parse the pipeline_job from PipelineJob resource.
       *
       * @param {string} pipelineJobName
       *   A fully-qualified path representing PipelineJob resource.
       * @returns {string} A string representing the pipeline_job.
       */
      matchPipelineJobFromPipelineJobName(pipelineJobName) {
        return this.pathTemplates.pipelineJobPathTemplate.match(pipelineJobName).pipeline_job;
      }
      /**
       * Return a fully-qualified projectLocationEndpoint resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} endpoint
       * @returns {string} Resource name string.
       */
      projectLocationEndpointPath(project, location, endpoint) {
        return this.pathTemplates.projectLocationEndpointPathTemplate.render({
          project,
          location,
          endpoint
        });
      }
      /**
       * Parse the project from ProjectLocationEndpoint resource.
       *
       * @param {string} projectLocationEndpointName
       *   A fully-qualified path representing project_location_endpoint resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromProjectLocationEndpointName(projectLocationEndpointName) {
        return this.pathTemplates.projectLocationEndpointPathTemplate.match(projectLocationEndpointName).project;
      }
      /**
       * Parse the location from ProjectLocationEndpoint resource.
       *
       * @param {string} projectLocationEndpointName
       *   A fully-qualified path representing project_location_endpoint resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromProjectLocationEndpointName(projectLocationEndpointName) {
        return this.pathTemplates.projectLocationEndpointPathTemplate.match(projectLocationEndpointName).location;
      }
      /**
       * Parse the endpoint from ProjectLocationEndpoint resource.
       *
       * @param {string} projectLocationEndpointName
       *   A fully-qualified path representing project_location_endpoint resource.
       * @returns {string} A string representing the endpoint.
       */
      matchEndpointFromProjectLocationEndpointName(projectLocationEndpointName) {
        return this.pathTemplates.projectLocationEndpointPathTemplate.match(projectLocationEndpointName).endpoint;
      }
      /**
       * Return a fully-qualified projectLocationFeatureGroupFeatures resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_group
       * @param {string} feature
       * @returns {string} Resource name string.
       */
      projectLocationFeatureGroupFeaturesPath(project, location, featureGroup, feature) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.render({
          project,
          location,
          feature_group: featureGroup,
          feature
        });
      }
      /**
       * Parse the project from ProjectLocationFeatureGroupFeatures resource.
       *
       * @param {string} projectLocationFeatureGroupFeaturesName
       *   A fully-qualified path representing project_location_feature_group_features resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromProjectLocationFeatureGroupFeaturesName(projectLocationFeatureGroupFeaturesName) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.match(projectLocationFeatureGroupFeaturesName).project;
      }
      /**
       * Parse the location from ProjectLocationFeatureGroupFeatures resource.
       *
       * @param {string} projectLocationFeatureGroupFeaturesName
       *   A fully-qualified path representing project_location_feature_group_features resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromProjectLocationFeatureGroupFeaturesName(projectLocationFeatureGroupFeaturesName) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.match(projectLocationFeatureGroupFeaturesName).location;
      }
      /**
       * Parse the feature_group from ProjectLocationFeatureGroupFeatures resource.
       *
       * @param {string} projectLocationFeatureGroupFeaturesName
       *   A fully-qualified path representing project_location_feature_group_features resource.
       * @returns {string} A string representing the feature_group.
       */
      matchFeatureGroupFromProjectLocationFeatureGroupFeaturesName(projectLocationFeatureGroupFeaturesName) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.match(projectLocationFeatureGroupFeaturesName).feature_group;
      }
      /**
       * Parse the feature from ProjectLocationFeatureGroupFeatures resource.
       *
       * @param {string} projectLocationFeatureGroupFeaturesName
       *   A fully-qualified path representing project_location_feature_group_features resource.
       * @returns {string} A string representing the feature.
       */
      matchFeatureFromProjectLocationFeatureGroupFeaturesName(projectLocationFeatureGroupFeaturesName) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.match(projectLocationFeatureGroupFeaturesName).feature;
      }
      /**
       * Return a fully-qualified projectLocationFeaturestoreEntityTypeFeatures resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} featurestore
       * @param {string} entity_type
       * @param {string} feature
       * @returns {string} Resource name string.
       */
      projectLocationFeaturestoreEntityTypeFeaturesPath(project, location, featurestore, entityType, feature) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.render({
          project,
          location,
          featurestore,
          entity_type: entityType,
          feature
        });
      }
      /**
       * Parse the project from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).project;
      }
      /**
       * Parse the location from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).location;
      }
      /**
       * Parse the featurestore from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the featurestore.
       */
      matchFeaturestoreFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).featurestore;
      }
      /**
       * Parse the entity_type from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the entity_type.
       */
      matchEntityTypeFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).entity_type;
      }
      /**
       * Parse the feature from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the feature.
       */
      matchFeatureFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).feature;
      }
      /**
       * Return a fully-qualified projectLocationPublisherModel resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} publisher
       * @param {string} model
       * @returns {string} Resource name string.
       */
      projectLocationPublisherModelPath(project, location, publisher, model) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.render({
          project,
          location,
          publisher,
          model
        });
      }
      /**
       * Parse the project from ProjectLocationPublisherModel resource.
       *
       * @param {string} projectLocationPublisherModelName
       *   A fully-qualified path representing project_location_publisher_model resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromProjectLocationPublisherModelName(projectLocationPublisherModelName) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.match(projectLocationPublisherModelName).project;
      }
      /**
       * Parse the location from ProjectLocationPublisherModel resource.
       *
       * @param {string} projectLocationPublisherModelName
       *   A fully-qualified path representing project_location_publisher_model resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromProjectLocationPublisherModelName(projectLocationPublisherModelName) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.match(projectLocationPublisherModelName).location;
      }
      /**
       * Parse the publisher from ProjectLocationPublisherModel resource.
       *
       * @param {string} projectLocationPublisherModelName
       *   A fully-qualified path representing project_location_publisher_model resource.
       * @returns {string} A string representing the publisher.
       */
      matchPublisherFromProjectLocationPublisherModelName(projectLocationPublisherModelName) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.match(projectLocationPublisherModelName).publisher;
      }
      /**
       * Parse the model from ProjectLocationPublisherModel resource.
       *
       * @param {string} projectLocationPublisherModelName
       *   A fully-qualified path representing project_location_publisher_model resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromProjectLocationPublisherModelName(projectLocationPublisherModelName) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.match(projectLocationPublisherModelName).model;
      }
      /**
       * Return a fully-qualified publisherModel resource name string.
       *
       * @param {string} publisher
       * @param {string} model
       * @returns {string} Resource name string.
       */
      publisherModelPath(publisher, model) {
        return this.pathTemplates.publisherModelPathTemplate.render({
          publisher,
          model
        });
      }
      /**
       * Parse the publisher from PublisherModel resource.
       *
       * @param {string} publisherModelName
       *   A fully-qualified path representing PublisherModel resource.
       * @returns {string} A string representing the publisher.
       */
      matchPublisherFromPublisherModelName(publisherModelName) {
        return this.pathTemplates.publisherModelPathTemplate.match(publisherModelName).publisher;
      }
      /**
       * Parse the model from PublisherModel resource.
       *
       * @param {string} publisherModelName
       *   A fully-qualified path representing PublisherModel resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromPublisherModelName(publisherModelName) {
        return this.pathTemplates.publisherModelPathTemplate.match(publisherModelName).model;
      }
      /**
       * Return a fully-qualified ragCorpus resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} rag_corpus
       * @returns {string} Resource name string.
       */
      ragCorpusPath(project, location, ragCorpus) {
        return this.pathTemplates.ragCorpusPathTemplate.render({
          project,
          location,
          rag_corpus: ragCorpus
        });
      }
      /**
       * Parse the project from RagCorpus resource.
       *
       * @param {string} ragCorpusName
       *   A fully-qualified path representing RagCorpus resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromRagCorpusName(ragCorpusName) {
        return this.pathTemplates.ragCorpusPathTemplate.match(ragCorpusName).project;
      }
      /**
       * Parse the location from RagCorpus resource.
       *
       * @param {string} ragCorpusName
       *   A fully-qualified path representing RagCorpus resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromRagCorpusName(ragCorpusName) {
        return this.pathTemplates.ragCorpusPathTemplate.match(ragCorpusName).location;
      }
      /**
       * Parse the rag_corpus from RagCorpus resource.
       *
       * @param {string} ragCorpusName
       *   A fully-qualified path representing RagCorpus resource.
       * @returns {string} A string representing the rag_corpus.
       */
      matchRagCorpusFromRagCorpusName(ragCorpusName) {
        return this.pathTemplates.ragCorpusPathTemplate.match(ragCorpusName).rag_corpus;
      }
      /**
       * Return a fully-qualified ragEngineConfig resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @returns {string} Resource name string.
       */
      ragEngineConfigPath(project, location) {
        return this.pathTemplates.ragEngineConfigPathTemplate.render({
          project,
          location
        });
      }
      /**
       * Parse the project from RagEngineConfig resource.
       *
       * @param {string} ragEngineConfigName
       *   A fully-qualified path representing RagEngineConfig resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromRagEngineConfigName(ragEngineConfigName) {
        return this.pathTemplates.ragEngineConfigPathTemplate.match(ragEngineConfigName).project;
      }
      /**
       * Parse the location from RagEngineConfig resource.
       *
       * @param {string} ragEngineConfigName
       *   A fully-qualified path representing RagEngineConfig resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromRagEngineConfigName(ragEngineConfigName) {
        return this.pathTemplates.ragEngineConfigPathTemplate.match(ragEngineConfigName).location;
      }
      /**
       * Return a fully-qualified ragFile resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} rag_corpus
       * @param {string} rag_file
       * @returns {string} Resource name string.
       */
      ragFilePath(project, location, ragCorpus, ragFile) {
        return this.pathTemplates.ragFilePathTemplate.render({
          project,
          location,
          rag_corpus: ragCorpus,
          rag_file: ragFile
        });
      }
      /**
       * Parse the project from RagFile resource.
       *
       * @param {string} ragFileName
       *   A fully-qualified path representing RagFile resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromRagFileName(ragFileName) {
        return this.pathTemplates.ragFilePathTemplate.match(ragFileName).project;
      }
      /**
       * Parse the location from RagFile resource.
       *
       * @param {string} ragFileName
       *   A fully-qualified path representing RagFile resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromRagFileName(ragFileName) {
        return this.pathTemplates.ragFilePathTemplate.match(ragFileName).location;
      }
      /**
       * Parse the rag_corpus from RagFile resource.
       *
       * @param {string} ragFileName
       *   A fully-qualified path representing RagFile resource.
       * @returns {string} A string representing the rag_corpus.
       */
      matchRagCorpusFromRagFileName(ragFileName) {
        return this.pathTemplates.ragFilePathTemplate.match(ragFileName).rag_corpus;
      }
      /**
       * Parse the rag_file from RagFile resource.
       *
       * @param {string} ragFileName
       *   A fully-qualified path representing RagFile resource.
       * @returns {string} A string representing the rag_file.
       */
      matchRagFileFromRagFileName(ragFileName) {
        return this.pathTemplates.ragFilePathTemplate.match(ragFileName).rag_file;
      }
      /**
       * Return a fully-qualified reasoningEngine resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} reasoning_engine
       * @returns {string} Resource name string.
       */
      reasoningEnginePath(project, location, reasoningEngine) {
        return this.pathTemplates.reasoningEnginePathTemplate.render({
          project,
          location,
          reasoning_engine: reasoningEngine
        });
      }
      /**
       * Parse the project from ReasoningEngine resource.
       *
       * @param {string} reasoningEngineName
       *   A fully-qualified path representing ReasoningEngine resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromReasoningEngineName(reasoningEngineName) {
        return this.pathTemplates.reasoningEnginePathTemplate.match(reasoningEngineName).project;
      }
      /**
       * Parse the location from ReasoningEngine resource.
       *
       * @param {string} reasoningEngineName
       *   A fully-qualified path representing ReasoningEngine resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromReasoningEngineName(reasoningEngineName) {
        return this.pathTemplates.reasoningEnginePathTemplate.match(reasoningEngineName).location;
      }
      /**
       * Parse the reasoning_engine from ReasoningEngine resource.
       *
       * @param {string} reasoningEngineName
       *   A fully-qualified path representing ReasoningEngine resource.
       * @returns {string} A string representing the reasoning_engine.
       */
      matchReasoningEngineFromReasoningEngineName(reasoningEngineName) {
        return this.pathTemplates.reasoningEnginePathTemplate.match(reasoningEngineName).reasoning_engine;
      }
      /**
       * Return a fully-qualified savedQuery resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} saved_query
       * @returns {string} Resource name string.
       */
      savedQueryPath(project, location, dataset, savedQuery) {
        return this.pathTemplates.savedQueryPathTemplate.render({
          project,
          location,
          dataset,
          saved_query: savedQuery
        });
      }
      /**
       * Parse the project from SavedQuery resource.
       *
       * @param {string} savedQueryName
       *   A fully-qualified path representing SavedQuery resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromSavedQueryName(savedQueryName) {
        return this.pathTemplates.savedQueryPathTemplate.match(savedQueryName).project;
      }
      /**
       * Parse the location from SavedQuery resource.
       *
       * @param {string} savedQueryName
       *   A fully-qualified path representing SavedQuery resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromSavedQueryName(savedQueryName) {
        return this.pathTemplates.savedQueryPathTemplate.match(savedQueryName).location;
      }
      /**
       * Parse the dataset from SavedQuery resource.
       *
       * @param {string} savedQueryName
       *   A fully-qualified path representing SavedQuery resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromSavedQueryName(savedQueryName) {
        return this.pathTemplates.savedQueryPathTemplate.match(savedQueryName).dataset;
      }
      /**
       * Parse the saved_query from SavedQuery resource.
       *
       * @param {string} savedQueryName
       *   A fully-qualified path representing SavedQuery resource.
       * @returns {string} A string representing the saved_query.
       */
      matchSavedQueryFromSavedQueryName(savedQueryName) {
        return this.pathTemplates.savedQueryPathTemplate.match(savedQueryName).saved_query;
      }
      /**
       * Return a fully-qualified schedule resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} schedule
       * @returns {string} Resource name string.
       */
      schedulePath(project, location, schedule) {
        return this.pathTemplates.schedulePathTemplate.render({
          project,
          location,
          schedule
        });
      }
      /**
       * Parse the project from Schedule resource.
       *
       * @param {string} scheduleName
       *   A fully-qualified path representing Schedule resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromScheduleName(scheduleName) {
        return this.pathTemplates.schedulePathTemplate.match(scheduleName).project;
      }
      /**
       * Parse the location from Schedule resource.
       *
       * @param {string} scheduleName
       *   A fully-qualified path representing Schedule resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromScheduleName(scheduleName) {
        return this.pathTemplates.schedulePathTemplate.match(scheduleName).location;
      }
      /**
       * Parse the schedule from Schedule resource.
       *
       * @param {string} scheduleName
       *   A fully-qualified path representing Schedule resource.
       * @returns {string} A string representing the schedule.
       */
      matchScheduleFromScheduleName(scheduleName) {
        return this.pathTemplates.schedulePathTemplate.match(scheduleName).schedule;
      }
      /**
       * Return a fully-qualified session resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} reasoning_engine
       * @param {string} session
       * @returns {string} Resource name string.
       */
      sessionPath(project, location, reasoningEngine, session) {
        return this.pathTemplates.sessionPathTemplate.render({
          project,
          location,
          reasoning_engine: reasoningEngine,
          session
        });
      }
      /**
       * Parse the project from Session resource.
       *
       * @param {string} sessionName
       *   A fully-qualified path representing Session resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromSessionName(sessionName) {
        return this.pathTemplates.sessionPathTemplate.match(sessionName).project;
      }
      /**
       * Parse the location from Session resource.
       *
       * @param {string} sessionName
       *   A fully-qualified path representing Session resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromSessionName(sessionName) {
        return this.pathTemplates.sessionPathTemplate.match(sessionName).location;
      }
      /**
       * Parse the reasoning_engine from Session resource.
       *
       * @param {string} sessionName
       *   A fully-qualified path representing Session resource.
       * @returns {string} A string representing the reasoning_engine.
       */
      matchReasoningEngineFromSessionName(sessionName) {
        return this.pathTemplates.sessionPathTemplate.match(sessionName).reasoning_engine;
      }
      /**
       * Parse the session from Session resource.
       *
       * @param {string} sessionName
       *   A fully-qualified path representing Session resource.
       * @returns {string} A string representing the session.
       */
      matchSessionFromSessionName(sessionName) {
        return this.pathTemplates.sessionPathTemplate.match(sessionName).session;
      }
      /**
       * Return a fully-qualified sessionEvent resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} reasoning_engine
       * @param {string} session
       * @param {string} event
       * @returns {string} Resource name string.
       */
      sessionEventPath(project, location, reasoningEngine, session, event) {
        return this.pathTemplates.sessionEventPathTemplate.render({
          project,
          location,
          reasoning_engine: reasoningEngine,
          session,
          event
        });
      }
      /**
       * Parse the project from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).project;
      }
      /**
       * Parse the location from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).location;
      }
      /**
       * Parse the reasoning_engine from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the reasoning_engine.
       */
      matchReasoningEngineFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).reasoning_engine;
      }
      /**
       * Parse the session from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the session.
       */
      matchSessionFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).session;
      }
      /**
       * Parse the event from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the event.
       */
      matchEventFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).event;
      }
      /**
       * Return a fully-qualified specialistPool resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} specialist_pool
       * @returns {string} Resource name string.
       */
      specialistPoolPath(project, location, specialistPool) {
        return this.pathTemplates.specialistPoolPathTemplate.render({
          project,
          location,
          specialist_pool: specialistPool
        });
      }
      /**
       * Parse the project from SpecialistPool resource.
       *
       * @param {string} specialistPoolName
       *   A fully-qualified path representing SpecialistPool resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromSpecialistPoolName(specialistPoolName) {
        return this.pathTemplates.specialistPoolPathTemplate.match(specialistPoolName).project;
      }
      /**
       * Parse the location from SpecialistPool resource.
       *
       * @param {string} specialistPoolName
       *   A fully-qualified path representing SpecialistPool resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromSpecialistPoolName(specialistPoolName) {
        return this.pathTemplates.specialistPoolPathTemplate.match(specialistPoolName).location;
      }
      /**
       * Parse the specialist_pool from SpecialistPool resource.
       *
       * @param {string} specialistPoolName
       *   A fully-qualified path representing SpecialistPool resource.
       * @returns {string} A string representing the specialist_pool.
       */
      matchSpecialistPoolFromSpecialistPoolName(specialistPoolName) {
        return this.pathTemplates.specialistPoolPathTemplate.match(specialistPoolName).specialist_pool;
      }
      /**
       * Return a fully-qualified study resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} study
       * @returns {string} Resource name string.
       */
      studyPath(project, location, study) {
        return this.pathTemplates.studyPathTemplate.render({
          project,
          location,
          study
        });
      }
      /**
       * Parse the project from Study resource.
       *
       * @param {string} studyName
       *   A fully-qualified path representing Study resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromStudyName(studyName) {
        return this.pathTemplates.studyPathTemplate.match(studyName).project;
      }
      /**
       * Parse the location from Study resource.
       *
       * @param {string} studyName
       *   A fully-qualified path representing Study resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromStudyName(studyName) {
        return this.pathTemplates.studyPathTemplate.match(studyName).location;
      }
      /**
       * Parse the study from Study resource.
       *
       * @param {string} studyName
       *   A fully-qualified path representing Study resource.
       * @returns {string} A string representing the study.
       */
      matchStudyFromStudyName(studyName) {
        return this.pathTemplates.studyPathTemplate.match(studyName).study;
      }
      /**
       * Return a fully-qualified tensorboard resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tensorboard
       * @returns {string} Resource name string.
       */
      tensorboardPath(project, location, tensorboard) {
        return this.pathTemplates.tensorboardPathTemplate.render({
          project,
          location,
          tensorboard
        });
      }
      /**
       * Parse the project from Tensorboard resource.
       *
       * @param {string} tensorboardName
       *   A fully-qualified path representing Tensorboard resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTensorboardName(tensorboardName) {
        return this.pathTemplates.tensorboardPathTemplate.match(tensorboardName).project;
      }
      /**
       * Parse the location from Tensorboard resource.
       *
       * @param {string} tensorboardName
       *   A fully-qualified path representing Tensorboard resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTensorboardName(tensorboardName) {
        return this.pathTemplates.tensorboardPathTemplate.match(tensorboardName).location;
      }
      /**
       * Parse the tensorboard from Tensorboard resource.
       *
       * @param {string} tensorboardName
       *   A fully-qualified path representing Tensorboard resource.
       * @returns {string} A string representing the tensorboard.
       */
      matchTensorboardFromTensorboardName(tensorboardName) {
        return this.pathTemplates.tensorboardPathTemplate.match(tensorboardName).tensorboard;
      }
      /**
       * Return a fully-qualified tensorboardExperiment resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tensorboard
       * @param {string} experiment
       * @returns {string} Resource name string.
       */
      tensorboardExperimentPath(project, location, tensorboard, experiment) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.render({
          project,
          location,
          tensorboard,
          experiment
        });
      }
      /**
       * Parse the project from TensorboardExperiment resource.
       *
       * @param {string} tensorboardExperimentName
       *   A fully-qualified path representing TensorboardExperiment resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTensorboardExperimentName(tensorboardExperimentName) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.match(tensorboardExperimentName).project;
      }
      /**
       * Parse the location from TensorboardExperiment resource.
       *
       * @param {string} tensorboardExperimentName
       *   A fully-qualified path representing TensorboardExperiment resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTensorboardExperimentName(tensorboardExperimentName) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.match(tensorboardExperimentName).location;
      }
      /**
       * Parse the tensorboard from TensorboardExperiment resource.
       *
       * @param {string} tensorboardExperimentName
       *   A fully-qualified path representing TensorboardExperiment resource.
       * @returns {string} A string representing the tensorboard.
       */
      matchTensorboardFromTensorboardExperimentName(tensorboardExperimentName) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.match(tensorboardExperimentName).tensorboard;
      }
      /**
       * Parse the experiment from TensorboardExperiment resource.
       *
       * @param {string} tensorboardExperimentName
       *   A fully-qualified path representing TensorboardExperiment resource.
       * @returns {string} A string representing the experiment.
       */
      matchExperimentFromTensorboardExperimentName(tensorboardExperimentName) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.match(tensorboardExperimentName).experiment;
      }
      /**
       * Return a fully-qualified tensorboardRun resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tensorboard
       * @param {string} experiment
       * @param {string} run
       * @returns {string} Resource name string.
       */
      tensorboardRunPath(project, location, tensorboard, experiment, run) {
        return this.pathTemplates.tensorboardRunPathTemplate.render({
          project,
          location,
          tensorboard,
          experiment,
          run
        });
      }
      /**
       * Parse the project from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).project;
      }
      /**
       * Parse the location from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).location;
      }
      /**
       * Parse the tensorboard from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the tensorboard.
       */
      matchTensorboardFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).tensorboard;
      }
      /**
       * Parse the experiment from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the experiment.
       */
      matchExperimentFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).experiment;
      }
      /**
       * Parse the run from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the run.
       */
      matchRunFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).run;
      }
      /**
       * Return a fully-qualified tensorboardTimeSeries resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tensorboard
       * @param {string} experiment
       * @param {string} run
       * @param {string} time_series
       * @returns {string} Resource name string.
       */
      tensorboardTimeSeriesPath(project, location, tensorboard, experiment, run, timeSeries) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.render({
          project,
          location,
          tensorboard,
          experiment,
          run,
          time_series: timeSeries
        });
      }
      /**
       * Parse the project from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).project;
      }
      /**
       * Parse the location from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).location;
      }
      /**
       * Parse the tensorboard from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the tensorboard.
       */
      matchTensorboardFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).tensorboard;
      }
      /**
       * Parse the experiment from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the experiment.
       */
      matchExperimentFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).experiment;
      }
      /**
       * Parse the run from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the run.
       */
      matchRunFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).run;
      }
      /**
       * Parse the time_series from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the time_series.
       */
      matchTimeSeriesFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).time_series;
      }
      /**
       * Return a fully-qualified trainingPipeline resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} training_pipeline
       * @returns {string} Resource name string.
       */
      trainingPipelinePath(project, location, trainingPipeline) {
        return this.pathTemplates.trainingPipelinePathTemplate.render({
          project,
          location,
          training_pipeline: trainingPipeline
        });
      }
      /**
       * Parse the project from TrainingPipeline resource.
       *
       * @param {string} trainingPipelineName
       *   A fully-qualified path representing TrainingPipeline resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTrainingPipelineName(trainingPipelineName) {
        return this.pathTemplates.trainingPipelinePathTemplate.match(trainingPipelineName).project;
      }
      /**
       * Parse the location from TrainingPipeline resource.
       *
       * @param {string} trainingPipelineName
       *   A fully-qualified path representing TrainingPipeline resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTrainingPipelineName(trainingPipelineName) {
        return this.pathTemplates.trainingPipelinePathTemplate.match(trainingPipelineName).location;
      }
      /**
       * Parse the training_pipeline from TrainingPipeline resource.
       *
       * @param {string} trainingPipelineName
       *   A fully-qualified path representing TrainingPipeline resource.
       * @returns {string} A string representing the training_pipeline.
       */
      matchTrainingPipelineFromTrainingPipelineName(trainingPipelineName) {
        return this.pathTemplates.trainingPipelinePathTemplate.match(trainingPipelineName).training_pipeline;
      }
      /**
       * Return a fully-qualified trial resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} study
       * @param {string} trial
       * @returns {string} Resource name string.
       */
      trialPath(project, location, study, trial) {
        return this.pathTemplates.trialPathTemplate.render({
          project,
          location,
          study,
          trial
        });
      }
      /**
       * Parse the project from Trial resource.
       *
       * @param {string} trialName
       *   A fully-qualified path representing Trial resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTrialName(trialName) {
        return this.pathTemplates.trialPathTemplate.match(trialName).project;
      }
      /**
       * Parse the location from Trial resource.
       *
       * @param {string} trialName
       *   A fully-qualified path representing Trial resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTrialName(trialName) {
        return this.pathTemplates.trialPathTemplate.match(trialName).location;
      }
      /**
       * Parse the study from Trial resource.
       *
       * @param {string} trialName
       *   A fully-qualified path representing Trial resource.
       * @returns {string} A string representing the study.
       */
      matchStudyFromTrialName(trialName) {
        return this.pathTemplates.trialPathTemplate.match(trialName).study;
      }
      /**
       * Parse the trial from Trial resource.
       *
       * @param {string} trialName
       *   A fully-qualified path representing Trial resource.
       * @returns {string} A string representing the trial.
       */
      matchTrialFromTrialName(trialName) {
        return this.pathTemplates.trialPathTemplate.match(trialName).trial;
      }
      /**
       * Return a fully-qualified tuningJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tuning_job
       * @returns {string} Resource name string.
       */
      tuningJobPath(project, location, tuningJob) {
        return this.pathTemplates.tuningJobPathTemplate.render({
          project,
          location,
          tuning_job: tuningJob
        });
      }
      /**
       * Parse the project from TuningJob resource.
       *
       * @param {string} tuningJobName
       *   A fully-qualified path representing TuningJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTuningJobName(tuningJobName) {
        return this.pathTemplates.tuningJobPathTemplate.match(tuningJobName).project;
      }
      /**
       * Parse the location from TuningJob resource.
       *
       * @param {string} tuningJobName
       *   A fully-qualified path representing TuningJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTuningJobName(tuningJobName) {
        return this.pathTemplates.tuningJobPathTemplate.match(tuningJobName).location;
      }
      /**
       * Parse the tuning_job from TuningJob resource.
       *
       * @param {string} tuningJobName
       *   A fully-qualified path representing TuningJob resource.
       * @returns {string} A string representing the tuning_job.
       */
      matchTuningJobFromTuningJobName(tuningJobName) {
        return this.pathTemplates.tuningJobPathTemplate.match(tuningJobName).tuning_job;
      }
      /**
       * Terminate the gRPC channel and close the client.
       *
       * The client will no longer be usable and all future behavior is undefined.
       * @returns {Promise} A promise that resolves when the client is closed.
       */
      close() {
        if (this.jobServiceStub && !this._terminated) {
          return this.jobServiceStub.then((stub) => {
            this._log.info("ending gRPC channel");
            this._terminated = true;
            stub.close();
            this.iamClient.close().catch((err) => {
              throw err;
            });
            this.locationsClient.close().catch((err) => {
              throw err;
            });
            void this.operationsClient.close();
          });
        }
        return Promise.resolve();
      }
    };
    exports.JobServiceClient = JobServiceClient;
  }
});
export default require_job_service_client();
